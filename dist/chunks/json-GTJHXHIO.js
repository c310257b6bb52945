import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  showData,
  showJson
} from "./chunk-2BEGO65T.js";
import "./chunk-MDKOZTUU.js";
import "./chunk-AMDHDRYJ.js";
import "./chunk-KOCELE5S.js";
import "./chunk-XYDU2MH7.js";
export {
  showData,
  showJson
};
