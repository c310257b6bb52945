import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-APJHZJCP.js";
import "./chunk-RRDEH5OG.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-ATENLZNL.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-LAHJLECP.js";
import "./chunk-P5ZE4NYG.js";
import "./chunk-MPI6B4TR.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
