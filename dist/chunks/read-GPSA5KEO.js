import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-DE7SVJ27.js";
import "./chunk-OX7EX2RD.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-PWR5QEH6.js";
import "./chunk-4ZFAVBGW.js";
import "./chunk-QKV6D4AO.js";
import "./chunk-XIKJDTQ2.js";
import "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
