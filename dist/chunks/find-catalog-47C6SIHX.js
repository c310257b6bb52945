import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-JGY4JDQU.js";
import "./chunk-655AMDMP.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-TSIMHICY.js";
import "./chunk-QDICOLGG.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
