import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunk-TSIMHICY.js";
import "./chunk-QDICOLGG.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
};
