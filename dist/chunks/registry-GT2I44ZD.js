import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  LOAD_CHECKS,
  RULES,
  ruleById
} from "./chunk-5DAPXD3O.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-XYDU2MH7.js";
export {
  LOAD_CHECKS,
  RULES,
  ruleById
};
