import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
} from "./chunk-TVRLEEFG.js";
import "./chunk-YLRZF6HM.js";
import "./chunk-CB34R644.js";
import "./chunk-3UH4GFT2.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
};
