import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
} from "./chunk-5JNINCTQ.js";
import "./chunk-3HN7CLOZ.js";
import "./chunk-5T2RDWGD.js";
import "./chunk-CHLQOWG4.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
};
