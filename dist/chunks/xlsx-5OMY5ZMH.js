import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  printable,
  writeXlsxFile
} from "./chunk-UF3STIA5.js";
import "./chunk-WWV6XLBU.js";
import "./chunk-OVHRWHYG.js";
import {
  displayWidth
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/export/xlsx.ts
function sheetName(title, used) {
  let base = title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31), name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
  return used.add(name), name;
}
var MAX_WIDTH = 60;
function columnWidth(t, i) {
  let widest = Math.max(...[t.header[i] ?? "", ...t.rows.map((r) => r[i])].map((c) => c == null ? 0 : Math.max(...String(c).split(`
`).map(displayWidth))));
  return Math.min(MAX_WIDTH, Math.max(4, widest + 2));
}
async function tablesXlsx(tables) {
  let used = /* @__PURE__ */ new Set(), sheets = tables.map((t) => {
    let widths = t.header.map((_, i) => columnWidth(t, i)), cell = (c, i) => c === null ? null : typeof c == "number" ? { value: c, type: Number } : { value: c, type: String, wrap: widths[i] >= MAX_WIDTH || c.includes(`
`) };
    return {
      sheet: sheetName(t.title, used),
      stickyRowsCount: 1,
      columns: widths.map((width) => ({ width })),
      data: [t.header.map((h) => ({ value: h, type: String, fontWeight: "bold", wrap: !0 })), ...t.rows.map((r) => r.map(cell))]
    };
  }), book = await writeXlsxFile(sheets).toBuffer();
  return Buffer.from(
    printable(
      book,
      sheets.map((sh, index) => ({ index, name: sh.sheet, rows: 1, columns: 0, landscape: (sh.columns ?? []).reduce((n, c) => n + (c.width ?? 8), 0) > 90 }))
    )
  );
}
export {
  tablesXlsx
};
