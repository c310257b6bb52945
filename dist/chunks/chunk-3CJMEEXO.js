import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  historyPairs,
  printedDate,
  printedLevel,
  printedStatus,
  titleOf
} from "./chunk-NQCPKRAQ.js";
import {
  label
} from "./chunk-MDKOZTUU.js";
import {
  competencyIndex,
  resolveRefs,
  tableBlocks
} from "./chunk-4P5I3Q76.js";
import {
  entryCode
} from "./chunk-5BHPBIFA.js";

// src/formatters/document/layout.ts
var PAGE = { width: 297, height: 210, margin: 15 }, TEXT_WIDTH = PAGE.width - 2 * PAGE.margin, FONT = "Noto Sans CJK TC", FONT_SIZE = 10, TITLE_SIZE = 16, FOOTER = { before: "\u7B2C ", between: " \u9801\uFF0C\u5171 ", after: " \u9801" }, CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
function clean(text) {
  return text.replace(CONTROL, "");
}
var p = (style, text) => ({ kind: "paragraph", style, text: clean(text) }), cell = (text, o = {}) => ({ lines: (Array.isArray(text) ? text : [text]).map(clean), ...o }), headCell = (text, o = {}) => cell(text, { head: !0, center: !0, ...o });
function widths(weights) {
  let total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round(w / total * TEXT_WIDTH * 10) / 10);
}
function versionTable(s) {
  let rows = [{ cells: ["version", "code", "name", "status", "note", "date"].map((k) => headCell(label(k))), header: !0 }];
  for (let v of s.versions)
    rows.push({ cells: [cell(`V${v.version}`, { center: !0 }), cell(v.code), cell(v.name), cell(printedStatus(v.status), { center: !0 }), cell(v.note), cell(printedDate(v.date), { center: !0 })] });
  return { kind: "table", widths: widths([18, 42, 60, 28, 79, 40]), rows };
}
function headerTable(s) {
  let rows = [];
  rows.push({ cells: [headCell(label("code"), { colSpan: 2 }), cell(s.code, { colSpan: 3 })] });
  let occupation = s.nameKind === "occupation" ? s.name : "", category = s.nameKind === "category" ? s.name : "";
  rows.push({ cells: [cell([label("name"), "(\u64C7\u4E00\u586B\u5BEB)"], { head: !0, center: !0, rowSpan: 2 }), headCell(label("nameKindCategory")), cell(category, { colSpan: 3 })] }), rows.push({ cells: [headCell(label("nameKindOccupation")), cell(occupation, { colSpan: 3 })] });
  let classRows = [
    { rows: s.categories, name: label("categories"), code: label("categoryCode") },
    { rows: s.occupations, name: label("occupations"), code: label("occupationCode") },
    { rows: s.industries, name: label("industries"), code: label("industryCode") }
  ].flatMap((c) => (c.rows.length > 0 ? c.rows : [{ name: "", code: "" }]).map((r) => ({ ...c, row: r })));
  return classRows.forEach((c, i) => {
    let cells = [];
    i === 0 && cells.push(headCell(label("classification"), { rowSpan: classRows.length })), cells.push(headCell(c.name), cell(c.row.name), headCell(c.code), cell(c.row.code, { center: !0 })), rows.push({ cells });
  }), rows.push({ cells: [headCell(label("description"), { colSpan: 2 }), cell(s.description, { colSpan: 3 })] }), rows.push({ cells: [headCell(label("level"), { colSpan: 2 }), cell(s.level === null ? "" : String(s.level), { colSpan: 3 })] }), { kind: "table", widths: widths([30, 30, 127, 40, 40]), rows };
}
function refLine(ref) {
  let tags = ref.tasks.map((t) => `\u3010${t}\u3011`).join("\u3001");
  return ref.name === void 0 ? `${ref.code}${tags}` : `${ref.code} ${ref.name}${tags}`;
}
function taskTable(s) {
  let k = competencyIndex(s.knowledge), sk = competencyIndex(s.skills), rows = [{ cells: [
    headCell(label("duty")),
    headCell(label("task")),
    headCell(label("outputs")),
    headCell(label("indicators")),
    headCell(label("taskLevel")),
    headCell(label("knowledge")),
    headCell(label("skills"))
  ], header: !0 }], blocks = tableBlocks(s);
  for (let duty of s.duties) {
    let mine = blocks.filter((b) => b.duty === duty), dutyCell = cell(`${duty.code} ${duty.title}`);
    if (mine.length === 0) {
      rows.push({ cells: [dutyCell, cell(""), cell(""), cell(""), cell(""), cell(""), cell("")] });
      continue;
    }
    let span = mine.reduce((n, b) => n + Math.max(1, b.rows.length), 0);
    span > 1 && (dutyCell.rowSpan = span), mine.forEach((block, bi) => {
      let blockRows = block.rows.length > 0 ? block.rows : [void 0], n = blockRows.length;
      blockRows.forEach((row, i) => {
        let cells = [];
        bi === 0 && i === 0 && cells.push(dutyCell), i === 0 && cells.push(
          cell(
            block.tasks.map((t) => `${t.code} ${t.title}`),
            n > 1 ? { rowSpan: n } : {}
          ),
          cell(
            block.outputs.map((o) => `${o.code} ${o.text}`),
            n > 1 ? { rowSpan: n } : {}
          )
        ), cells.push(
          cell(row ? row.indicators.map((x) => `${x.code} ${x.text}`) : [""]),
          cell(row ? printedLevel(row.level) : "", { center: !0 }),
          cell(row ? resolveRefs(row.knowledge, k).map(refLine) : [""]),
          cell(row ? resolveRefs(row.skills, sk).map(refLine) : [""])
        ), rows.push({ cells });
      });
    });
  }
  return { kind: "table", widths: widths([26, 30, 32, 70, 14, 48, 47]), rows };
}
function attitudeBlocks(s) {
  let out = [p("heading", label("attitudes"))];
  s.attitudes.length === 0 && out.push(p("body", label("none")));
  for (let a of s.attitudes) out.push(p("body", a.definition === void 0 ? `${a.code}${a.name}` : `${a.code}${a.name}\uFF1A${a.definition}`));
  return out;
}
function notesBlocks(s) {
  let list = (items) => items.length === 0 ? [p("item", label("none"))] : items.map((t) => p("item", t));
  return [
    p("heading", label("notes")),
    p("label", `${label("qualifications")}\uFF1A`),
    ...list(s.notes.qualifications),
    p("label", `${label("otherNotes")}\uFF1A`),
    ...list(s.notes.other)
  ];
}
function publishedLayout(e) {
  let s = e.standard;
  return {
    title: titleOf(s),
    code: s.code,
    blocks: [p("title", titleOf(s)), versionTable(s), p("body", ""), headerTable(s), p("body", ""), taskTable(s), p("body", ""), ...attitudeBlocks(s), p("body", ""), ...notesBlocks(s)]
  };
}
function historyLayout(e) {
  let title = `${e.row.name}${label("standard")}`, status = [entryCode(e), printedStatus(e.row.status), printedDate(e.row.date)].filter((x) => x !== "").join(" \xB7 "), rows = historyPairs(e).map(([l, v]) => ({ cells: [headCell(l), cell(v)] }));
  return {
    title,
    code: entryCode(e),
    blocks: [p("title", title), p("subtitle", status), p("notice", label("contentNotPublished")), { kind: "table", widths: widths([60, 207]), rows }]
  };
}
function documentLayout(entry) {
  return entry.kind === "published" ? publishedLayout(entry) : historyLayout(entry);
}
function tableGrid(t) {
  let n = t.widths.length, carry = new Array(n).fill(0);
  return t.rows.map((row) => {
    let slots = [], col = 0, fillCovered = () => {
      for (; col < n && carry[col] > 0; )
        slots.push({ covered: "row" }), carry[col]--, col++;
    };
    for (let c of row.cells) {
      if (fillCovered(), col >= n) break;
      let span = Math.min(c.colSpan ?? 1, n - col);
      slots.push({ cell: c });
      for (let i = 0; i < span; i++) carry[col + i] = (c.rowSpan ?? 1) - 1;
      for (let i = 1; i < span; i++) slots.push({ covered: "column" });
      col += span;
    }
    for (fillCovered(); slots.length < n; ) slots.push({ cell: cell("") });
    return slots;
  });
}

export {
  PAGE,
  TEXT_WIDTH,
  FONT,
  FONT_SIZE,
  TITLE_SIZE,
  FOOTER,
  clean,
  documentLayout,
  tableGrid
};
