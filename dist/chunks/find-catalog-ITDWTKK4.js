import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-3COPA254.js";
import "./chunk-VKIKFSHG.js";
import "./chunk-3XL5FPGD.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-5JNINCTQ.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-3HN7CLOZ.js";
import "./chunk-5T2RDWGD.js";
import "./chunk-CHLQOWG4.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
