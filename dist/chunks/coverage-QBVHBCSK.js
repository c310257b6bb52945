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
  formatter
} from "./chunk-RAD7MORV.js";
import {
  csvDocument
} from "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/course/coverage.ts
function headLines(c, rc) {
  return [
    rc.tr("course.coverage.course", { title: c.course.title, provider: c.course.provider, hours: c.course.hours }),
    rc.tr("course.coverage.standard", { code: c.standard.code, name: c.standard.name }),
    ...c.kinds.map((k) => rc.tr("course.coverage.share", { kind: rc.tr(`course.kind.${k.kind}`), covered: k.covered, total: k.total, percent: k.percent })),
    rc.tr("course.coverage.total", { covered: c.total.covered, total: c.total.total, percent: c.total.percent }),
    rc.tr("course.coverage.gaps", { count: c.items.filter((i) => i.units.length === 0).length })
  ];
}
function cells(c, rc) {
  let columns = [
    { header: rc.tr("course.col.kind"), min: 4 },
    { header: rc.tr("course.col.code"), min: 5 },
    { header: rc.tr("course.col.name"), min: 8 },
    { header: rc.tr("course.col.units"), min: 6 }
  ], rows = c.items.map((i) => [rc.tr(`course.kind.${i.kind}`), i.code, i.name, i.units.length > 0 ? i.units.join(", ") : rc.tr("course.none")]);
  return { columns, rows };
}
var coverageText = formatter("text", (c, rc) => {
  let head = headLines(c, rc).flatMap((l) => rc.fit ? wrap(l, rc.width) : [l]), { columns, rows } = cells(c, rc), body = renderTable({ columns, rows, border: rc.border, maxWidth: rc.width, style: rc.style, fit: rc.fit, maxRowHeight: 4 });
  return `${head.join(`
`)}

${body}
`;
}), coverageMarkdown = formatter("markdown", (c, rc) => {
  let { columns, rows } = cells(c, rc), shares = table(
    [rc.tr("course.col.kind"), rc.tr("course.col.covered"), rc.tr("course.col.share")],
    [...c.kinds.map((k) => [rc.tr(`course.kind.${k.kind}`), `${k.covered}/${k.total}`, `${k.percent}%`]), ["\u03A3", `${c.total.covered}/${c.total.total}`, `${c.total.percent}%`]]
  ), [course, standard, ...rest] = headLines(c, rc);
  return `# ${text(course)}

${text(standard)}

${shares}

${text(rest[rest.length - 1])}

${table(columns.map((x) => x.header), rows)}
`;
}), coverageCsv = formatter(
  "csv",
  (c, rc) => csvDocument(
    ["kind", "code", "name", "covered", "units"],
    c.items.map((i) => [i.kind, i.code, i.name, i.units.length > 0 ? "yes" : "no", i.units.join(" ")]),
    rc.csv
  )
), coverageJson = formatter("json", (c) => `${JSON.stringify(c, null, 2)}
`);
export {
  coverageCsv,
  coverageJson,
  coverageMarkdown,
  coverageText,
  headLines
};
