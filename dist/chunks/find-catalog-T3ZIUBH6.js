import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog,
  holdsStandards
} from "./chunk-BXASJZU3.js";
import "./chunk-MF6FHIK6.js";
import "./chunk-LCBOUO6Y.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-W7JBNES3.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-HXRQNW7Y.js";
import "./chunk-CZVAYGWI.js";
import "./chunk-ZLPRX6IM.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  findCatalog,
  holdsStandards
};
