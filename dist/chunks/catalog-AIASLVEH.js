import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Catalog,
  closestMatches
} from "./chunk-3HFDKTJA.js";
import "./chunk-ZAREEZYM.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-3XL5FPGD.js";
import "./chunk-CB34R644.js";
import "./chunk-3UH4GFT2.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-KOCELE5S.js";
import "./chunk-XYDU2MH7.js";
export {
  Catalog,
  closestMatches
};
