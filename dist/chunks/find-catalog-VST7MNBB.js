import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-NKFGVSEV.js";
import "./chunk-4COBXX5R.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-P5GBATZY.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-SHKNN6GU.js";
import "./chunk-IMXDR4MN.js";
import "./chunk-ZAPX7TDI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
