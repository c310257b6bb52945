import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  csvDocument
} from "./chunk-H42XODIB.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/export/csv.ts
function tableCsv(table, o) {
  return csvDocument(table.header, table.rows, o);
}
export {
  tableCsv
};
