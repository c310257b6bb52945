import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  WIDE_CELL_LIMIT,
  buildMatrix,
  longRecords,
  wideCells
} from "./chunk-W6NMGMFU.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-XYDU2MH7.js";
export {
  WIDE_CELL_LIMIT,
  buildMatrix,
  longRecords,
  wideCells
};
