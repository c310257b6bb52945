import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  SEP,
  docTexts,
  packDoc,
  searchDocs,
  searchIn,
  selectDocs,
  standardDoc,
  unpackDocs
} from "./chunk-3SLZXZH5.js";
import "./chunk-H3255PXU.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-FNG56N3M.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-XYDU2MH7.js";
export {
  SEP,
  docTexts,
  packDoc,
  searchDocs,
  searchIn,
  selectDocs,
  standardDoc,
  unpackDocs
};
