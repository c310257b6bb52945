import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-L7RG4S4W.js";
import "./chunk-2ELRYZFQ.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-6THF7KGA.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-HWVIYGBD.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
