import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  renderTable
} from "./chunk-TSP5FSKE.js";
import {
  HISTORY_COLUMNS,
  headerPairs,
  historyCells,
  historyPairs,
  printedDate,
  printedLevel,
  printedRepairKind,
  printedStatus,
  refText,
  titleOf
} from "./chunk-NQCPKRAQ.js";
import {
  displayWidth,
  hang,
  padEnd,
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
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
import "./chunk-XYDU2MH7.js";

// src/formatters/standard/text.ts
var TABLE_MIN_WIDTH = 120, INDENT = "  ";
function heading(text, o) {
  return o.style.heading(`\u25A0 ${text}`);
}
function pairs(list, o, indent = INDENT) {
  let labelWidth = Math.max(...list.map(([l]) => displayWidth(l))) + 2;
  return list.flatMap(([l, v]) => {
    let prefix = indent + padEnd(l, labelWidth);
    return hang(prefix, v, o.width).map((line, i) => i === 0 ? indent + o.style.dim(padEnd(l, labelWidth)) + line.slice(prefix.length) : line);
  });
}
function titleLines(s, entryLine, o) {
  return [...wrap(titleOf(s), o.width).map((l) => o.style.heading(l)), ...wrap(entryLine, o.width).map((l) => o.style.dim(l))];
}
function ownRowLine(e) {
  let row = e.standard.versions.find((r) => r.version === e.version), parts = [e.standard.code];
  return row && parts.push(printedStatus(row.status), printedDate(row.date)), parts.push(e.file), parts.filter((p) => p !== "").join(" \xB7 ");
}
function historyTable(s, o) {
  return s.versions.length === 0 ? [`${INDENT}${label("none")}`] : renderTable({
    columns: HISTORY_COLUMNS.map((k) => ({ header: label(k), min: k === "status" ? 8 : k === "date" ? 12 : void 0 })),
    rows: s.versions.map(historyCells),
    border: o.border,
    maxWidth: o.width,
    style: o.style
  }).split(`
`);
}
function rowRefs(row, s) {
  return {
    knowledge: resolveRefs(row.knowledge, competencyIndex(s.knowledge)),
    skills: resolveRefs(row.skills, competencyIndex(s.skills))
  };
}
function blockTitle(block) {
  return block.tasks.map((t) => `${t.code} ${t.title}`).join(`
`);
}
function taskTable(s, o) {
  let rows = [], lastDuty;
  for (let block of tableBlocks(s)) {
    let dutyCell = block.duty.code === lastDuty ? "" : `${block.duty.code} ${block.duty.title}`;
    lastDuty = block.duty.code;
    let outputs = block.outputs.map((x) => `${x.code} ${x.text}`).join(`
`);
    (block.rows.length > 0 ? block.rows : [void 0]).forEach((row, i) => {
      let refs = row ? rowRefs(row, s) : { knowledge: [], skills: [] };
      rows.push([
        i === 0 ? dutyCell : "",
        i === 0 ? blockTitle(block) : "",
        i === 0 ? outputs : "",
        row ? row.indicators.map((p) => `${p.code} ${p.text}`).join(`
`) : "",
        row ? printedLevel(row.level) : "",
        refs.knowledge.map(refText).join(`
`),
        refs.skills.map(refText).join(`
`)
      ]);
    });
  }
  return renderTable({
    columns: [
      { header: label("duty"), min: 8 },
      { header: label("task"), min: 10 },
      { header: label("outputs"), min: 10 },
      { header: label("indicators"), min: 16 },
      { header: label("taskLevel"), min: 4 },
      { header: `${label("knowledgeShort")} K`, min: 12 },
      { header: `${label("skillsShort")} S`, min: 12 }
    ],
    rows,
    border: o.border,
    maxWidth: o.width,
    style: o.style,
    rowRules: !0
  }).split(`
`);
}
function labelledItems(name, items, indent, o) {
  let labelCol = indent + padEnd(name, 10);
  if (items.length === 0) return [`${labelCol.replace(name, o.style.dim(name))}${o.style.dim("\u2014")}`];
  let codeWidth = Math.max(...items.map((i) => displayWidth(i.code))) + 1;
  return items.flatMap((item, n) => {
    let lead = n === 0 ? labelCol : " ".repeat(displayWidth(labelCol)), prefix = lead + padEnd(item.code, codeWidth);
    return hang(prefix, item.text, o.width).map((line, i) => i > 0 ? line : (n === 0 ? lead.replace(name, o.style.dim(name)) : lead) + o.style.code(padEnd(item.code, codeWidth)) + line.slice(prefix.length));
  });
}
function refItems(refs) {
  return refs.map((r) => ({ code: r.code, text: refText(r).slice(r.code.length + 1) }));
}
function taskCards(s, o) {
  let out = [], lastDuty, inner = INDENT.repeat(3);
  for (let block of tableBlocks(s)) {
    block.duty.code !== lastDuty && (lastDuty !== void 0 && out[out.length - 1] !== "" && out.push(""), out.push(...hang(`${INDENT}${block.duty.code} `, block.duty.title, o.width).map((l) => o.style.heading(l))), lastDuty = block.duty.code);
    let single = block.rows.length === 1 && !block.shared ? block.rows[0] : void 0;
    for (let task of block.tasks) {
      let level = single && task === block.tasks[block.tasks.length - 1] ? `  [${label("taskLevel")} ${printedLevel(single.level)}]` : "", lines = hang(`${INDENT.repeat(2)}${task.code} `, `${task.title}${level}`, o.width);
      out.push(...lines.map((l) => l.replace(task.code, o.style.code(task.code))));
    }
    out.push(...labelledItems(label("outputs"), block.outputs, inner, o)), block.rows.forEach((row) => {
      single || out.push(`${inner}${o.style.accent(`\u2500\u2500 ${label("taskLevel")} ${printedLevel(row.level)}`)}`);
      let refs = rowRefs(row, s);
      out.push(
        ...labelledItems(label("indicators"), row.indicators, inner, o),
        ...labelledItems(`${label("knowledgeShort")} K`, refItems(refs.knowledge), inner, o),
        ...labelledItems(`${label("skillsShort")} S`, refItems(refs.skills), inner, o)
      );
    }), out.push("");
  }
  return out[out.length - 1] === "" && out.pop(), out;
}
function attitudeLines(s, o) {
  return s.attitudes.length === 0 ? [`${INDENT}${label("none")}`] : s.attitudes.flatMap((a) => {
    let prefix = `${INDENT}${a.code} `, text = a.definition === void 0 ? a.name : `${a.name}\uFF1A${a.definition}`;
    return hang(prefix, text, o.width).map((l, i) => i === 0 ? `${INDENT}${o.style.code(a.code)} ${l.slice(prefix.length)}` : l);
  });
}
function bullets(items, o, indent) {
  return items.length === 0 ? [`${indent}${label("none")}`] : items.flatMap((t) => hang(`${indent}\u30FB`, t, o.width));
}
function notesLines(s, o) {
  let out = [
    ...wrap(`${label("qualifications")}\uFF1A`, o.width - INDENT.length).map((l) => INDENT + o.style.dim(l)),
    ...bullets(s.notes.qualifications, o, INDENT.repeat(2)),
    `${INDENT}${o.style.dim(`${label("otherNotes")}\uFF1A`)}`,
    ...bullets(s.notes.other, o, INDENT.repeat(2))
  ], repairs = s.repairs ?? [];
  if (repairs.length > 0) {
    out.push("", heading(label("repairs"), o));
    for (let r of repairs) {
      let what = r.before !== void 0 && r.after !== void 0 ? `\u300C${r.before}\u300D\u2192\u300C${r.after}\u300D` : "", text = [printedRepairKind(r.kind), what, r.note ?? ""].filter((x) => x !== "").join(" ");
      out.push(...hang(`${INDENT}${r.at} `, text, o.width));
    }
  }
  return out;
}
function publishedText(e, o) {
  let s = e.standard, blocks = [titleLines(s, ownRowLine(e), o)], want = new Set(o.sections);
  if (want.has("header") && blocks.push(pairs(headerPairs(s), o)), want.has("history") && blocks.push([heading(label("versions"), o), ...historyTable(s, o)]), want.has("tasks")) {
    let table = o.width >= TABLE_MIN_WIDTH ? taskTable(s, o) : taskCards(s, o);
    blocks.push([heading(`${label("duty")}\u8207${label("task")}`, o), ...table]);
  }
  return want.has("attitudes") && blocks.push([heading(label("attitudes"), o), ...attitudeLines(s, o)]), want.has("notes") && blocks.push([heading(label("notes"), o), ...notesLines(s, o)]), `${blocks.map((b) => b.join(`
`)).join(`

`)}
`;
}
function historyText(e, o) {
  let title = wrap(`${e.row.name}${label("standard")}`, o.width).map((l) => o.style.heading(l)), status = wrap([entryCode(e), printedStatus(e.row.status), printedDate(e.row.date)].filter((x) => x !== "").join(" \xB7 "), o.width).map(
    (l) => o.style.dim(l)
  ), notice = wrap(label("contentNotPublished"), o.width).map((l) => o.style.warn(l)), blocks = [[...title, ...status], notice, pairs(historyPairs(e), o)], asked = o.sections.filter((s) => s !== "header" && s !== "history");
  return asked.length > 0 && asked.length < 3 && blocks.push(wrap(`\uFF08${asked.join("\u3001")}\uFF1A${label("noContent")}\uFF09`, o.width).map((l) => o.style.dim(l))), `${blocks.map((b) => b.join(`
`)).join(`

`)}
`;
}
function showText(entry, o) {
  return entry.kind === "published" ? publishedText(entry, o) : historyText(entry, o);
}
export {
  TABLE_MIN_WIDTH,
  showText
};
