import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-F3Q3QE2I.js";
import "./chunk-W7JBNES3.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-HXRQNW7Y.js";
import "./chunk-CZVAYGWI.js";
import "./chunk-ZLPRX6IM.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
