import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  fastStandard,
  fastStandardBytes
} from "./chunk-PWR5QEH6.js";
import "./chunk-4ZFAVBGW.js";
import "./chunk-XYDU2MH7.js";
export {
  fastStandard,
  fastStandardBytes
};
