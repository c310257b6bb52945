import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  listRows,
  matches,
  selectRows,
  toRow
} from "./chunk-33W6PO6X.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";
export {
  listRows,
  matches,
  selectRows,
  toRow
};
