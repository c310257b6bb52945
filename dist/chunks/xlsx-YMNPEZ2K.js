import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  printable,
  writeXlsxFile
} from "./chunk-UF3STIA5.js";
import "./chunk-WWV6XLBU.js";
import {
  FIXED_COLUMNS,
  HEADER_ROW,
  templateGrid
} from "./chunk-EXGYXARW.js";
import "./chunk-PWFPJ7LD.js";
import "./chunk-WUPCKFHW.js";
import "./chunk-OVHRWHYG.js";
import {
  displayWidth,
  prepareDisplayWidth,
  stringsOf
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

// src/formatters/course/xlsx.ts
var MAX_WIDTH = 50, POINTS_PER_LINE = 15;
function heightOf(texts, widths) {
  let lines = texts.map((t, i) => t.split(`
`).reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / Math.max(1, (widths[i] ?? 10) - 1))), 0));
  return Math.max(1, ...lines) * POINTS_PER_LINE;
}
var text = (value, extra = {}) => ({ value, type: String, wrap: !0, alignVertical: "top", ...extra }), bold = (value, extra = {}) => text(value, { fontWeight: "bold", ...extra }), widthOf = (texts) => Math.min(MAX_WIDTH, Math.max(6, ...texts.map((t) => Math.max(0, ...t.split(`
`).map(displayWidth)) + 2)));
function infoSheet(c, rc) {
  let pairs = [
    [rc.tr("course.info.code"), c.standard.code],
    [rc.tr("course.info.name"), c.standard.name],
    [rc.tr("course.info.version"), `v${c.standard.version}`],
    [rc.tr("course.info.date"), c.standard.date ?? ""],
    [rc.tr("course.info.level"), c.standard.level === null ? "" : String(c.standard.level)],
    [rc.tr("course.info.source"), rc.tr("course.info.source-text")],
    ...c.course ? [
      [rc.tr("course.info.course"), c.course.title],
      [rc.tr("course.info.provider"), c.course.provider],
      [rc.tr("course.info.hours"), c.course.hours === void 0 ? "" : String(c.course.hours)]
    ] : []
  ], widths = [widthOf(pairs.map((p) => p[0])), widthOf(pairs.map((p) => p[1]))];
  return {
    sheet: rc.tr("course.sheet.info"),
    columns: widths.map((width) => ({ width })),
    data: pairs.map(([k, v]) => [bold(k, { height: heightOf([k, v], widths) }), text(v)])
  };
}
function gridSheet(name, head, names, rows, fixed) {
  let widths = head.map((h, i) => i < fixed ? widthOf([h, ...rows.map((r) => r[i] ?? "")]) : Math.max(5, displayWidth(h) + 2)), nameHeight = Math.min(200, Math.max(POINTS_PER_LINE, ...names.slice(fixed).map((n) => displayWidth(n) * 6))), data = [
    head.map((h, i) => bold(h, { align: i < fixed ? "left" : "center" })),
    names.map((n, i) => i < fixed ? text(n) : text(n, { textRotation: 90, align: "center", alignVertical: "bottom", height: nameHeight })),
    ...rows.map((r) => {
      let h = heightOf(r.slice(0, fixed), widths);
      return r.map((v, i) => i < fixed ? text(v, i === 0 ? { height: h } : {}) : text(v, { align: "center", alignVertical: "center" }));
    })
  ];
  return { sheet: name, orientation: "landscape", stickyRowsCount: 2, stickyColumnsCount: fixed, columns: widths.map((width) => ({ width })), data };
}
var coverageXlsx = formatter("binary", async (c, rc) => {
  await prepareDisplayWidth(stringsOf(c));
  let items = [...c.items].sort((a, b) => c.items.indexOf(a) - c.items.indexOf(b)), order = ["tasks", "knowledge", "skills", "attitudes"], columns = [...items].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)), byKind = new Map(order.map((k) => [k, columns.filter((x) => x.kind === k)])), stdOrder = order.flatMap((k) => byKind.get(k) ?? []).sort((a, b) => a.kind === b.kind ? a.code.localeCompare(b.code, "en", { numeric: !0 }) : 0), head = [rc.tr("course.template.unit"), rc.tr("course.template.unit-title"), ...stdOrder.map((i) => i.code)], names = ["", "", ...stdOrder.map((i) => i.name)], rows = c.units.map((u) => [u.id, u.title, ...stdOrder.map((i) => i.units.includes(u.id) ? "\u25CF" : "")]), summaryRows = c.items.map((i) => [rc.tr(`course.kind.${i.kind}`), i.code, i.name, i.units.length > 0 ? i.units.join(", ") : rc.tr("course.none")]), summaryHead = [rc.tr("course.col.kind"), rc.tr("course.col.code"), rc.tr("course.col.name"), rc.tr("course.col.units")], shares = [...c.kinds.map((k) => [rc.tr(`course.kind.${k.kind}`), `${k.covered}/${k.total}`, `${k.percent}%`, ""]), ["\u03A3", `${c.total.covered}/${c.total.total}`, `${c.total.percent}%`, ""]], sw = summaryHead.map((h, i) => widthOf([h, ...summaryRows.map((r) => r[i] ?? ""), ...shares.map((r) => r[i] ?? "")])), summary = {
    sheet: rc.tr("course.sheet.summary"),
    orientation: "landscape",
    stickyRowsCount: 1,
    columns: sw.map((width) => ({ width })),
    data: [
      [rc.tr("course.col.kind"), rc.tr("course.col.covered"), rc.tr("course.col.share"), ""].map((h) => bold(h)),
      ...shares.map((r) => r.map((v) => text(v))),
      summaryHead.map((h) => bold(h)),
      ...summaryRows.map((r) => r.map((v, i) => text(v, i === 0 ? { height: heightOf(r, sw) } : {})))
    ]
  }, matrix = gridSheet(rc.tr("course.sheet.matrix"), head, names, rows, 2), book = await writeXlsxFile([infoSheet(c, rc), matrix, summary]).toBuffer();
  return printable(book, [
    { index: 1, name: matrix.sheet, rows: 2, columns: 2 },
    { index: 2, name: summary.sheet, rows: 0, columns: 0 }
  ]);
}), templateCsv = formatter("csv", (d, rc) => {
  let { rows } = templateGrid(d.standard, (id) => rc.tr(id));
  return csvDocument(void 0, rows, rc.csv);
}), templateXlsx = formatter("binary", async (d, rc) => {
  let { rows } = templateGrid(d.standard, (id) => rc.tr(id));
  await prepareDisplayWidth(stringsOf(rows));
  let top = rows.slice(0, HEADER_ROW), head = rows[HEADER_ROW], names = rows[HEADER_ROW + 1], units = rows.slice(HEADER_ROW + 2), grid = gridSheet(rc.tr("course.sheet.matrix"), head, names, units, FIXED_COLUMNS), fields = top.filter((_, i) => i !== HEADER_ROW - 1);
  grid.columns = grid.columns?.map((c, i) => i < FIXED_COLUMNS ? { width: Math.max(c.width ?? 0, widthOf(fields.map((r) => r[i] ?? ""))) } : c);
  let before = top.map((r, k) => r.map((v, i) => k === HEADER_ROW - 1 ? text(v, { wrap: !1 }) : i === 0 ? bold(v) : text(v))), book = await writeXlsxFile([{ ...grid, stickyRowsCount: HEADER_ROW + 2, data: [...before, ...grid.data] }]).toBuffer();
  return printable(book, [{ index: 0, name: grid.sheet, rows: HEADER_ROW + 2, columns: FIXED_COLUMNS }]);
});
export {
  coverageXlsx,
  templateCsv,
  templateXlsx
};
