import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-XJLR66MK.js";
import "./chunk-25TTE7MG.js";
import "./chunk-LOEVOGZX.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-BQQK7TXE.js";
import "./chunk-HE2ZO57D.js";
import "./chunk-PJ6LIDDK.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
