import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Catalog,
  assembleView,
  closestMatches
} from "./chunk-5CVHJRET.js";
import "./chunk-655AMDMP.js";
import "./chunk-C42NAGJO.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  Catalog,
  assembleView,
  closestMatches
};
