import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  renderTable
} from "./chunk-TSP5FSKE.js";
import {
  table,
  text
} from "./chunk-USSJRPOD.js";
import {
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import {
  labelIn
} from "./chunk-MDKOZTUU.js";
import {
  formatter
} from "./chunk-RAD7MORV.js";
import {
  csvDocument
} from "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/query/compare.ts
var KINDS = ["knowledge", "skill", "attitude"];
function kindName(kind, rc) {
  let l = labelIn(rc.lang);
  return kind === "knowledge" ? `${l("knowledgeShort")} K` : kind === "skill" ? `${l("skillsShort")} S` : `${l("attitudesShort")} A`;
}
function rows(c, kind) {
  let shared = c.matches.filter((m) => m.kind === kind).map((m) => [...c.standards.map((s) => m.items.filter((i) => i.standard === s).map((i) => `${i.code} ${i.name}`).join(`
`) || "\u2014"), m.score === 1 ? "=" : m.score.toFixed(2)]), only = c.only.filter((o) => o.kind === kind).map((o) => [...c.standards.map((s) => o.item.standard === s ? `${o.item.code} ${o.item.name}` : ""), ""]);
  return [...shared, ...only];
}
function summaryLine(c, kind, rc) {
  let s = c.summary.find((x) => x.kind === kind);
  return rc.tr("cli.compare.summary", {
    kind: kindName(kind, rc),
    exact: s.exact,
    close: s.close,
    threshold: c.threshold,
    overlap: (s.overlap * 100).toFixed(0),
    counts: c.standards.map((st) => `${st} ${s.counts[st]}`).join(", ")
  });
}
var compareText = formatter("text", (c, rc) => {
  let l = labelIn(rc.lang), out = [];
  for (let kind of KINDS) {
    out.push(...wrap(`\u25A0 ${summaryLine(c, kind, rc)}`, rc.width).map((line) => rc.style.heading(line)));
    let r = rows(c, kind);
    r.length > 0 && out.push(renderTable({ columns: [...c.standards.map((s) => ({ header: s })), { header: l("score"), min: 6 }], rows: r, border: rc.border, maxWidth: rc.width, style: rc.style, fit: rc.fit })), out.push("");
  }
  return out.join(`
`);
}), compareMarkdown = formatter("markdown", (c, rc) => {
  let l = labelIn(rc.lang), parts = [`# ${text(c.standards.join(" \xB7 "))}`];
  for (let kind of KINDS) parts.push(`## ${text(summaryLine(c, kind, rc))}`, table([...c.standards, l("score")], rows(c, kind)));
  return `${parts.join(`

`)}
`;
}), compareJson = formatter("json", (c) => `${JSON.stringify(c, null, 2)}
`), compareCsv = formatter("csv", (c, rc) => {
  let l = labelIn(rc.lang), kindOf = (k) => kindName(k, rc), records = [
    ...c.matches.flatMap((m, n) => m.items.map((i) => [kindOf(m.kind), `${n + 1}`, m.score, i.standard, i.code, i.name])),
    ...c.only.map((x) => [kindOf(x.kind), l("onlyIn"), "", x.item.standard, x.item.code, x.item.name])
  ];
  return csvDocument([l("kind"), l("group"), l("score"), l("code"), l("itemCode"), l("itemName")], records, rc.csv);
});
export {
  compareCsv,
  compareJson,
  compareMarkdown,
  compareText
};
