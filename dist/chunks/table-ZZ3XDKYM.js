import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  renderTable
} from "./chunk-DNC7QM4L.js";
import "./chunk-FIWZPUBZ.js";
import "./chunk-VRRIJLYY.js";
import {
  printedDate,
  printedLevel,
  printedStatus
} from "./chunk-CGPKKXZ5.js";
import {
  label
} from "./chunk-HBEHFEZY.js";
import "./chunk-KOCELE5S.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/list/table.ts
var codes = (rows) => rows.map((r) => `${r.code} ${r.name}`).join(`
`);
function listTable(rows, o) {
  if (rows.length === 0) return `No standards match.
`;
  let table = renderTable({
    columns: [
      { header: label("code"), min: 13 },
      { header: label("name"), min: 8 },
      { header: label("categories"), min: 6 },
      { header: label("occupations"), min: 6 },
      { header: label("industries"), min: 6 },
      { header: "\u7D1A\u5225", min: 4 },
      { header: label("status"), min: 8 },
      { header: "\u65E5\u671F", min: 10 }
    ],
    rows: rows.map((r) => [
      r.code,
      r.name,
      codes(r.categories),
      codes(r.occupations),
      codes(r.industries),
      r.content ? printedLevel(r.level) : "",
      printedStatus(r.status) + (r.content ? "" : `
\u50C5\u7248\u672C\u8868`),
      printedDate(r.date)
    ]),
    border: o.border,
    maxWidth: o.width,
    style: o.style,
    rowRules: !0
  }), standards = new Set(rows.map((r) => r.base)).size;
  return `${table}
${rows.length} versions of ${standards} standards
`;
}
export {
  listTable
};
