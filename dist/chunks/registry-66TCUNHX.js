import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  BASELINE_CHECK,
  LOAD_CHECKS,
  PUBLISHED_CHECKS,
  RULES,
  ruleById
} from "./chunk-XVJVZHK5.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  BASELINE_CHECK,
  LOAD_CHECKS,
  PUBLISHED_CHECKS,
  RULES,
  ruleById
};
