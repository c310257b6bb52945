import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  allRows,
  listRows,
  matches,
  selectRows,
  toRow
} from "./chunk-SE63SB6A.js";
import "./chunk-KOCELE5S.js";
import "./chunk-XYDU2MH7.js";
export {
  allRows,
  listRows,
  matches,
  selectRows,
  toRow
};
