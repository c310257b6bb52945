import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
} from "./chunk-6SDLXVWP.js";
import "./chunk-EHYRZAZS.js";
import "./chunk-TVRLEEFG.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-YLRZF6HM.js";
import "./chunk-CB34R644.js";
import "./chunk-3UH4GFT2.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_FILE_BYTES,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  loadStandardTextFully
};
