import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  COMPARE_KINDS,
  compare,
  sideLabels,
  similarity
} from "./chunk-A7H2PZQY.js";
import "./chunk-H3255PXU.js";
import "./chunk-XYDU2MH7.js";
export {
  COMPARE_KINDS,
  compare,
  sideLabels,
  similarity
};
