import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  stringify
} from "./chunk-NU6Z65HG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/export/csv.ts
var FORMULA_START = /^[=+\-@\t\r]/;
function neutralise(cell) {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
function tableCsv(table, o) {
  let cell = (c) => c === null ? "" : typeof c == "number" ? String(c) : o.formulaGuard ? neutralise(c) : c, body = stringify([table.header.map(cell), ...table.rows.map((r) => r.map(cell))], {
    delimiter: o.delimiter,
    record_delimiter: "windows",
    quoted_match: /^[\s\S]*[\r\n][\s\S]*$/
  });
  return (o.bom ? "\uFEFF" : "") + body;
}
export {
  neutralise,
  tableCsv
};
