import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  renderTable
} from "./chunk-DNC7QM4L.js";
import "./chunk-FIWZPUBZ.js";
import "./chunk-VRRIJLYY.js";
import {
  table
} from "./chunk-HQSXI7JC.js";
import {
  label
} from "./chunk-HBEHFEZY.js";
import {
  stringify
} from "./chunk-NU6Z65HG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/query/compare.ts
var KIND_ZH = {
  knowledge: `${label("knowledgeShort")} K`,
  skill: `${label("skillsShort")} S`,
  attitude: `${label("attitudesShort")} A`
};
function rows(c, kind) {
  let shared = c.matches.filter((m) => m.kind === kind).map((m) => [...c.standards.map((s) => m.items.filter((i) => i.standard === s).map((i) => `${i.code} ${i.name}`).join("") || "\u2014"), m.score === 1 ? "=" : m.score.toFixed(2)]), only = c.only.filter((o) => o.kind === kind).map((o) => [...c.standards.map((s) => o.item.standard === s ? `${o.item.code} ${o.item.name}` : ""), ""]);
  return [...shared, ...only];
}
function summaryLine(c, kind) {
  let s = c.summary.find((x) => x.kind === kind), counts = c.standards.map((st) => `${st} ${s.counts[st]}`).join(", ");
  return `${KIND_ZH[kind]}: ${s.exact} shared, ${s.close} close (\u2265 ${c.threshold}), overlap ${(s.overlap * 100).toFixed(0)}% (${counts})`;
}
function compareText(c, o) {
  let out = [];
  for (let kind of ["knowledge", "skill", "attitude"]) {
    out.push(o.style.heading(`\u25A0 ${summaryLine(c, kind)}`));
    let r = rows(c, kind);
    r.length > 0 && out.push(renderTable({ columns: [...c.standards.map((s) => ({ header: s })), { header: "score", min: 5 }], rows: r, border: o.border, maxWidth: o.width, style: o.style })), out.push("");
  }
  return `${out.join(`
`)}`;
}
function compareMarkdown(c) {
  let parts = [`# ${c.standards.join(" \xB7 ")}`];
  for (let kind of ["knowledge", "skill", "attitude"])
    parts.push(`## ${summaryLine(c, kind)}`, table([...c.standards, "score"], rows(c, kind)));
  return `${parts.join(`

`)}
`;
}
function compareJson(c) {
  return `${JSON.stringify(c, null, 2)}
`;
}
function compareCsv(c) {
  let records = [
    ...c.matches.flatMap((m, n) => m.items.map((i) => [m.kind, `match-${n + 1}`, m.score, i.standard, i.code, i.name])),
    ...c.only.map((x) => [x.kind, "only", "", x.item.standard, x.item.code, x.item.name])
  ];
  return stringify(records, { header: !0, columns: ["kind", "group", "score", "standard", "code", "name"], record_delimiter: "windows" });
}
export {
  compareCsv,
  compareJson,
  compareMarkdown,
  compareText
};
