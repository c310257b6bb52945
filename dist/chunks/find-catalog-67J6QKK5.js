import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-MJ2WHPG5.js";
import "./chunk-OUR3ZVBE.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-4FP2LTHJ.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-BOCYW7WS.js";
import "./chunk-GPVGZVKZ.js";
import "./chunk-NDWF3NAI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
