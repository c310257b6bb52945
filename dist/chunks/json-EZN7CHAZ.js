import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  showData,
  showJson
} from "./chunk-X43VNHPP.js";
import "./chunk-MDKOZTUU.js";
import "./chunk-AMDHDRYJ.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";
export {
  showData,
  showJson
};
