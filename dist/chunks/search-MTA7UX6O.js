import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  SEP,
  packDoc,
  searchDocs,
  searchIn,
  selectDocs,
  standardDoc,
  unpackDocs
} from "./chunk-MZUFCQFQ.js";
import "./chunk-T5IFUHR5.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-FNG56N3M.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-XYDU2MH7.js";
export {
  SEP,
  packDoc,
  searchDocs,
  searchIn,
  selectDocs,
  standardDoc,
  unpackDocs
};
