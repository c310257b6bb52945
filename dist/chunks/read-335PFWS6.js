import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-USA34ZXW.js";
import "./chunk-NBV4734J.js";
import "./chunk-5JNINCTQ.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-3HN7CLOZ.js";
import "./chunk-5T2RDWGD.js";
import "./chunk-CHLQOWG4.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
