import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-HSHLJMPO.js";
import "./chunk-PADHJYC6.js";
import "./chunk-4FP2LTHJ.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-BOCYW7WS.js";
import "./chunk-GPVGZVKZ.js";
import "./chunk-NDWF3NAI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
