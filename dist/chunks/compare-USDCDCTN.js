import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  COMPARE_KINDS,
  compare,
  sideLabels,
  similarity
} from "./chunk-DHERK4UX.js";
import "./chunk-T5IFUHR5.js";
import "./chunk-XYDU2MH7.js";
export {
  COMPARE_KINDS,
  compare,
  sideLabels,
  similarity
};
