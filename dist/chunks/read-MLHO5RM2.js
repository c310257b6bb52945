import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-S52RXMJT.js";
import "./chunk-ATENLZNL.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-LAHJLECP.js";
import "./chunk-P5ZE4NYG.js";
import "./chunk-MPI6B4TR.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
