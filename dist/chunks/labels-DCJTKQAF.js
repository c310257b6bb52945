import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  LABELS,
  LEVEL_DEFINITIONS,
  label,
  labelIn
} from "./chunk-MDKOZTUU.js";
import "./chunk-XYDU2MH7.js";
export {
  LABELS,
  LEVEL_DEFINITIONS,
  label,
  labelIn
};
