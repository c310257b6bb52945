import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  label
} from "./chunk-MDKOZTUU.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunk-4P5I3Q76.js";
import "./chunk-XYDU2MH7.js";

// src/matrix/matrix.ts
var typesOf = (kind) => kind === "knowledge" ? ["K"] : kind === "skills" ? ["S"] : ["K", "S"];
function rowsOf(code, s, types) {
  let rows = [];
  for (let block of tableBlocks(s))
    for (let task of block.tasks)
      for (let row of block.rows) {
        let needs = /* @__PURE__ */ new Set(), take = (refs) => {
          for (let ref of refs) {
            let tags = typeof ref == "string" ? [] : ref.tasks ?? [];
            (!block.shared || tags.length === 0 || tags.includes(task.code)) && needs.add(refCode(ref));
          }
        };
        types.includes("K") && take(row.knowledge), types.includes("S") && take(row.skills), rows.push({ standard: code, duty: { code: block.duty.code, title: block.duty.title }, task: { code: task.code, title: task.title }, level: row.level, needs });
      }
  return rows;
}
function buildMatrix(entries, kind) {
  let types = typesOf(kind), columns = [], rows = [];
  for (let e of entries) {
    let s = e.standard;
    types.includes("K") && columns.push(...s.knowledge.map((k) => ({ standard: s.code, type: "K", code: k.code, name: k.name }))), types.includes("S") && columns.push(...s.skills.map((k) => ({ standard: s.code, type: "S", code: k.code, name: k.name }))), rows.push(...rowsOf(s.code, s, types));
  }
  return { columns, rows };
}
function longRecords(m) {
  let out = [];
  for (let row of m.rows)
    for (let col of m.columns)
      col.standard !== row.standard || !row.needs.has(col.code) || out.push({
        standard: row.standard,
        duty: row.duty,
        task: row.task,
        level: row.level,
        type: col.type,
        code: col.code,
        name: col.name
      });
  return out;
}

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
