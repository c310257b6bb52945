import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
} from "./chunk-HQR4M5HK.js";
import "./chunk-MIJ55RZC.js";
import "./chunk-QKJZ6V7J.js";
import "./chunk-M7FJ6D5X.js";
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
