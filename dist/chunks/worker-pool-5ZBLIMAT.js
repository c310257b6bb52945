import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  defaultJobs,
  eachInWorkers,
  serveBatches
} from "./chunk-CFI543AG.js";
import "./chunk-XYDU2MH7.js";
export {
  defaultJobs,
  eachInWorkers,
  serveBatches
};
