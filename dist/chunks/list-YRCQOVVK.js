import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  allRows,
  listRows,
  matches,
  selectRows,
  toRow
} from "./chunk-JNW5OYC2.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";
export {
  allRows,
  listRows,
  matches,
  selectRows,
  toRow
};
