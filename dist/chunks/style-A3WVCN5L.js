import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  PLAIN,
  makeStyle
} from "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";
export {
  PLAIN,
  makeStyle
};
