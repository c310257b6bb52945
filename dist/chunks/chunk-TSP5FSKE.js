import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  displayWidth,
  hang,
  longestWord,
  padEnd,
  padStart,
  wrap
} from "./chunk-CCO2HTWX.js";

// src/formatters/text/table.ts
var CHARS = {
  unicode: { h: "\u2500", v: "\u2502", tl: "\u250C", tm: "\u252C", tr: "\u2510", ml: "\u251C", mm: "\u253C", mr: "\u2524", bl: "\u2514", bm: "\u2534", br: "\u2518", hh: "\u2550", hl: "\u255E", hm: "\u256A", hr: "\u2561" },
  ascii: { h: "-", v: "|", tl: "+", tm: "+", tr: "+", ml: "+", mm: "+", mr: "+", bl: "+", bm: "+", br: "+", hh: "=", hl: "+", hm: "+", hr: "+" }
};
function natural(cell) {
  return Math.max(0, ...cell.split(`
`).map(displayWidth));
}
function fitColumns(columns, rows, maxWidth) {
  let widths = columns.map((col, i) => Math.max(natural(col.header), ...rows.map((r) => natural(r[i] ?? "")))), words = columns.map((_, i) => Math.min(16, Math.max(0, ...rows.map((r) => longestWord(r[i] ?? ""))))), mins = columns.map(
    (col, i) => Math.min(widths[i], Math.max(words[i], col.min ?? Math.min(12, Math.max(2, natural(col.header)))))
  ), overhead = 3 * columns.length + 1, weights = columns.map(
    (_, i) => Math.sqrt(Math.max(1, rows.reduce((n, r) => n + (r[i] ?? "").split(`
`).reduce((m, line) => m + displayWidth(line), 0), 0)))
  ), excess = widths.reduce((a, b) => a + b, 0) + overhead - maxWidth;
  for (; excess > 0; ) {
    let pick = -1;
    for (let i = 0; i < widths.length; i++)
      widths[i] <= mins[i] || (pick < 0 || widths[i] / weights[i] > widths[pick] / weights[pick]) && (pick = i);
    if (pick < 0) break;
    widths[pick]--, excess--;
  }
  return widths;
}
function renderLines(opts) {
  let flat = (cell) => cell.split(`
`).filter((l) => l !== "").join("; "), header = opts.columns.map((c) => c.header), rows = opts.rows.map((r) => opts.columns.map((_, i) => flat(r[i] ?? ""))), widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i])))), line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : opts.columns[i].align === "right" ? padStart(c, widths[i]) : padEnd(c, widths[i])).join("  ").trimEnd();
  return [opts.style.heading(line(header)), ...rows.map(line)].join(`
`);
}
function renderRecords(opts) {
  let labelWidth = Math.min(Math.max(...opts.columns.map((c) => displayWidth(c.header))), Math.floor(opts.maxWidth / 3));
  return opts.rows.map((row) => {
    let lines = [];
    return opts.columns.forEach((col, i) => {
      let value = row[i] ?? "";
      if (value === "") return;
      let label = displayWidth(col.header) > labelWidth ? wrap(col.header, labelWidth)[0] : col.header, [first, ...rest] = hang(`${padEnd(label, labelWidth)}  `, value, opts.maxWidth);
      lines.push(opts.style.dim(first.slice(0, label.length)) + first.slice(label.length), ...rest);
    }), lines.join(`
`);
  }).join(`

`);
}
function renderTable(opts) {
  let { columns, rows, style } = opts;
  if (opts.fit === !1) return renderLines(opts);
  let ch = CHARS[opts.border], widths = fitColumns(columns, rows, opts.maxWidth), total = widths.reduce((a, b) => a + b + 3, 1), tooTall = opts.maxRowHeight !== void 0 && rows.some((r) => widths.some((w, i) => wrap(r[i] ?? "", w).length > opts.maxRowHeight));
  if (total > opts.maxWidth || tooTall) return renderRecords(opts);
  let rule = (l, m, r, h = ch.h) => l + widths.map((w) => h.repeat(w + 2)).join(m) + r, renderRow = (cells, header) => {
    let wrapped = widths.map((w, i) => wrap(cells[i] ?? "", w)), height = Math.max(1, ...wrapped.map((c) => c.length)), lines = [];
    for (let l = 0; l < height; l++) {
      let parts = widths.map((w, i) => {
        let text = wrapped[i][l] ?? "", padded = columns[i].align === "right" ? padStart(text, w) : padEnd(text, w);
        return ` ${header ? style.heading(padded) : padded} `;
      });
      lines.push(ch.v + parts.join(ch.v) + ch.v);
    }
    return lines;
  }, out = [rule(ch.tl, ch.tm, ch.tr), ...renderRow(columns.map((c) => c.header), !0), rule(ch.hl, ch.hm, ch.hr, ch.hh)];
  return rows.forEach((row, i) => {
    i > 0 && opts.rowRules && out.push(rule(ch.ml, ch.mm, ch.mr)), out.push(...renderRow(row, !1));
  }), out.push(rule(ch.bl, ch.bm, ch.br)), out.join(`
`);
}

export {
  renderLines,
  renderTable
};
