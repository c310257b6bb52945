import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Catalog,
  closestMatches
} from "./chunk-CZMR3GPY.js";
import "./chunk-ZAREEZYM.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-CZVAYGWI.js";
import "./chunk-ZLPRX6IM.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-KOCELE5S.js";
import "./chunk-XYDU2MH7.js";
export {
  Catalog,
  closestMatches
};
