import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  showData,
  showJson
} from "./chunk-TGTEITSI.js";
import "./chunk-D6IAXHRU.js";
import "./chunk-KOCELE5S.js";
import "./chunk-AMDHDRYJ.js";
import "./chunk-XYDU2MH7.js";
export {
  showData,
  showJson
};
