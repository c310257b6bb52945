import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Catalog,
  closestMatches
} from "./chunk-G4X74E66.js";
import "./chunk-ZAREEZYM.js";
import "./chunk-KOCELE5S.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-GPVGZVKZ.js";
import "./chunk-NDWF3NAI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  Catalog,
  closestMatches
};
