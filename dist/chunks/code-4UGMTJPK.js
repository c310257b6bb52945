import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  STANDARD_CODE_PATTERN,
  baseOf,
  formatStandardCode,
  parseStandardCode,
  replacedByFromNote
} from "./chunk-7ZUBZPJB.js";
import "./chunk-XYDU2MH7.js";
export {
  STANDARD_CODE_PATTERN,
  baseOf,
  formatStandardCode,
  parseStandardCode,
  replacedByFromNote
};
