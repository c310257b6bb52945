import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-52GC4OWA.js";
import "./chunk-IJ3J4L7X.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-TVRLEEFG.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-3XL5FPGD.js";
import "./chunk-YLRZF6HM.js";
import "./chunk-CB34R644.js";
import "./chunk-3UH4GFT2.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
