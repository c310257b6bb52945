import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
};
