import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  buildMatrix,
  longRecords
} from "./chunk-W6NMGMFU.js";
import {
  label
} from "./chunk-MDKOZTUU.js";
import {
  competencyIndex,
  resolveRefs,
  tableBlocks
} from "./chunk-4P5I3Q76.js";
import "./chunk-XYDU2MH7.js";

// src/matrix/tables.ts
var MARK = "\u25CF", KEYS = {
  standard: "standardColumn",
  duty: "duty",
  task: "task",
  dutyCode: "dutyCode",
  taskCode: "taskCode",
  level: "taskLevel",
  type: "competencyType",
  code: "itemCode",
  name: "itemName",
  definition: "definition",
  outputs: "outputs",
  indicators: "indicators",
  knowledge: "knowledgeShort",
  skills: "skillsShort",
  attitudes: "attitudesShort",
  matrix: "matrix",
  knowledgeMatrix: "knowledgeMatrix",
  skillsMatrix: "skillsMatrix",
  long: "longTable",
  tasks: "tasksSheet"
};
function exportLabel(key, lang) {
  return label(KEYS[key], lang);
}
var several = (entries) => entries.length > 1;
function wide(entries, m, title, lang) {
  let multi = several(entries), header = [
    ...multi ? [exportLabel("standard", lang)] : [],
    exportLabel("dutyCode", lang),
    exportLabel("duty", lang),
    exportLabel("taskCode", lang),
    exportLabel("task", lang),
    exportLabel("level", lang),
    ...m.columns.map((c) => `${multi ? `${c.standard} ` : ""}${c.code} ${c.name}`)
  ], rows = m.rows.map((r) => [
    ...multi ? [r.standard] : [],
    r.duty.code,
    r.duty.title,
    r.task.code,
    r.task.title,
    r.level,
    ...m.columns.map((c) => c.standard === r.standard && r.needs.has(c.code) ? MARK : "")
  ]);
  return { title, header, rows };
}
function long(m, lang) {
  return {
    title: exportLabel("long", lang),
    header: ["standard", "dutyCode", "duty", "taskCode", "task", "level", "type", "code", "name"].map((k) => exportLabel(k, lang)),
    rows: longRecords(m).map((r) => [r.standard, r.duty.code, r.duty.title, r.task.code, r.task.title, r.level, r.type, r.code, r.name])
  };
}
function matrixTables(entries, kind, layout, lang, split) {
  if (layout === "long") return [long(buildMatrix(entries, kind), lang)];
  if (kind === "all" && split)
    return [
      wide(entries, buildMatrix(entries, "knowledge"), exportLabel("knowledgeMatrix", lang), lang),
      wide(entries, buildMatrix(entries, "skills"), exportLabel("skillsMatrix", lang), lang)
    ];
  let title = kind === "knowledge" ? "knowledgeMatrix" : kind === "skills" ? "skillsMatrix" : "matrix";
  return [wide(entries, buildMatrix(entries, kind), exportLabel(title, lang), lang)];
}
function attitudeTable(entries, lang) {
  let multi = several(entries);
  return {
    title: exportLabel("attitudes", lang),
    header: [...multi ? [exportLabel("standard", lang)] : [], exportLabel("code", lang), exportLabel("name", lang), exportLabel("definition", lang)],
    rows: entries.flatMap((e) => e.standard.attitudes.map((a) => [...multi ? [e.standard.code] : [], a.code, a.name, a.definition ?? ""]))
  };
}
function taskTable(entries, lang) {
  let multi = several(entries), rows = [];
  for (let e of entries) {
    let s = e.standard, kIndex = competencyIndex(s.knowledge), sIndex = competencyIndex(s.skills);
    for (let block of tableBlocks(s))
      for (let row of block.rows.length > 0 ? block.rows : [void 0]) {
        let names = (refs) => refs.map((r) => `${r.code} ${r.name ?? ""}${r.tasks.map((t) => `\u3010${t}\u3011`).join("\u3001")}`).join(`
`);
        rows.push([
          ...multi ? [s.code] : [],
          `${block.duty.code} ${block.duty.title}`,
          block.tasks.map((t) => `${t.code} ${t.title}`).join(`
`),
          block.outputs.map((o) => `${o.code} ${o.text}`).join(`
`),
          row ? row.indicators.map((p) => `${p.code} ${p.text}`).join(`
`) : "",
          row ? row.level : null,
          row ? names(resolveRefs(row.knowledge, kIndex)) : "",
          row ? names(resolveRefs(row.skills, sIndex)) : ""
        ]);
      }
  }
  return {
    title: exportLabel("tasks", lang),
    header: [
      ...multi ? [exportLabel("standard", lang)] : [],
      ...["duty", "task", "outputs", "indicators", "level", "knowledge", "skills"].map((k) => exportLabel(k, lang))
    ],
    rows
  };
}
export {
  MARK,
  attitudeTable,
  exportLabel,
  matrixTables,
  taskTable
};
