import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-SYBZJL6W.js";
import "./chunk-OYKMOVVY.js";
import "./chunk-JA3VNJWX.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-LPU77HRA.js";
import "./chunk-ACAFZKBQ.js";
import "./chunk-KXLS3BQD.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
