import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-VPIZ27UZ.js";
import "./chunk-SHKNN6GU.js";
import "./chunk-IMXDR4MN.js";
import "./chunk-ZAPX7TDI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  writeFileAtomic
};
