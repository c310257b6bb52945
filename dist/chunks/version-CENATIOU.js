import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  BUILD_ID,
  VERSION
} from "./chunk-THVLAIJP.js";
import "./chunk-XYDU2MH7.js";
export {
  BUILD_ID,
  VERSION
};
