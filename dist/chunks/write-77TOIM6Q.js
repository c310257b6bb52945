import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-YRBHG6AV.js";
import "./chunk-BOCYW7WS.js";
import "./chunk-GPVGZVKZ.js";
import "./chunk-NDWF3NAI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  writeFileAtomic
};
