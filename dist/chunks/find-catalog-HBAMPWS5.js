import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-23TGRIS3.js";
import "./chunk-D77FLZAD.js";
import "./chunk-3XL5FPGD.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-JA3VNJWX.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-LPU77HRA.js";
import "./chunk-ACAFZKBQ.js";
import "./chunk-KXLS3BQD.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
