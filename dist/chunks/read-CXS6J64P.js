import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-SKYLJW7M.js";
import "./chunk-Q64BL2VC.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-S36RTSRW.js";
import "./chunk-SG52LJXQ.js";
import "./chunk-TSIMHICY.js";
import "./chunk-QDICOLGG.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
