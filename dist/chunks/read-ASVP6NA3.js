import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-J5FE6S4V.js";
import "./chunk-HQR4M5HK.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-MIJ55RZC.js";
import "./chunk-QKJZ6V7J.js";
import "./chunk-M7FJ6D5X.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
