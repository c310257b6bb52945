import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  SEP,
  packDoc,
  searchDocs,
  searchIn,
  selectDocs,
  standardDoc,
  unpackDocs
} from "./chunk-4QVYYVJO.js";
import "./chunk-H3255PXU.js";
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
