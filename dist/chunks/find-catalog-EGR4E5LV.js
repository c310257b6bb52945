import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-WJWMS6P5.js";
import "./chunk-V3ACJTLK.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-HQR4M5HK.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-MIJ55RZC.js";
import "./chunk-QKJZ6V7J.js";
import "./chunk-M7FJ6D5X.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
