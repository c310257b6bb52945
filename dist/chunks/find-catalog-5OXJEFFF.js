import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-HWPCNKDC.js";
import "./chunk-RTWSOGMN.js";
import "./chunk-3XL5FPGD.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-LOEVOGZX.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-BQQK7TXE.js";
import "./chunk-HE2ZO57D.js";
import "./chunk-PJ6LIDDK.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
