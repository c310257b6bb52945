import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  renderLines,
  renderTable
} from "./chunk-TSP5FSKE.js";
import {
  table
} from "./chunk-USSJRPOD.js";
import {
  printedDate,
  printedLevelIn,
  printedStatusIn
} from "./chunk-NQCPKRAQ.js";
import {
  displayWidth,
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import {
  labelIn
} from "./chunk-MDKOZTUU.js";
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/list/table.ts
var named = (rows) => rows.map((r) => `${r.code} ${r.name}`).join(`
`), codes = (rows) => rows.map((r) => r.code).join(",");
function fullTable(rows, rc) {
  let l = labelIn(rc.lang), columns = [
    { header: l("code"), min: 13 },
    { header: l("name"), min: 8 },
    { header: l("categories"), min: 6 },
    { header: l("occupations"), min: 6 },
    { header: l("industries"), min: 6 },
    { header: l("levelShort"), min: 4 },
    { header: l("status"), min: 8 },
    { header: l("dateShort"), min: 10 }
  ], cells = rows.map((r) => [
    r.code,
    r.name,
    named(r.categories),
    named(r.occupations),
    named(r.industries),
    r.content ? printedLevelIn(r.level, rc.lang) : "",
    printedStatusIn(r.status, rc.lang) + (r.content ? "" : `
${l("historyOnly")}`),
    printedDate(r.date)
  ]);
  return { columns, cells };
}
function compactTable(rows, rc) {
  let l = labelIn(rc.lang), columns = [
    { header: l("code"), min: 13 },
    { header: l("name"), min: 8 },
    { header: l("classification"), min: 8 },
    { header: l("levelShort"), min: 4 },
    { header: l("status"), min: 8 },
    { header: l("dateShort"), min: 10 }
  ], cells = rows.map((r) => [
    r.code,
    r.name,
    r.content ? [codes(r.categories), codes(r.occupations), codes(r.industries)].filter((c) => c !== "").join(" ") : "",
    r.content ? printedLevelIn(r.level, rc.lang) : "\u2014",
    printedStatusIn(r.status, rc.lang),
    printedDate(r.date)
  ]);
  return { columns, cells };
}
function summary(rows, rc) {
  let standards = new Set(rows.map((r) => r.base)).size;
  return rc.tr("cli.list.summary", { versions: rows.length, standards });
}
var widest = (text) => Math.max(0, ...text.split(`
`).map(displayWidth)), listText = formatter("text", ({ rows }, rc) => {
  if (rows.length === 0) return `${rc.tr("cli.list.none")}
`;
  let full = fullTable(rows, rc), body = renderLines({ columns: full.columns, rows: full.cells, style: rc.style });
  if (rc.fit && widest(body) > rc.width) {
    let compact = compactTable(rows, rc);
    body = renderLines({ columns: compact.columns, rows: compact.cells, style: rc.style }), widest(body) > rc.width ? body = renderTable({ columns: compact.columns, rows: compact.cells, border: rc.border, maxWidth: rc.width, style: rc.style, maxRowHeight: 3 }) : rows.some((r) => !r.content) && (body += `
${wrap(rc.tr("cli.list.history-legend"), rc.width).join(`
`)}`);
  }
  return `${body}
${summary(rows, rc)}
`;
}), listMarkdown = formatter("markdown", ({ rows }, rc) => {
  let { columns, cells } = fullTable(rows, rc);
  return `${table(
    columns.map((c) => c.header),
    cells
  )}

${summary(rows, rc)}
`;
});
export {
  listMarkdown,
  listText
};
