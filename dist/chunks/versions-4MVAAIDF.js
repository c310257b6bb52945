import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  diffEntries
} from "./chunk-YL24LH43.js";
import "./chunk-A7H2PZQY.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-H3255PXU.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";
export {
  diffEntries
};
