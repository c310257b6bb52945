import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunk-QKJZ6V7J.js";
import "./chunk-M7FJ6D5X.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
};
