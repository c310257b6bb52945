import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunk-5T2RDWGD.js";
import "./chunk-CHLQOWG4.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
};
