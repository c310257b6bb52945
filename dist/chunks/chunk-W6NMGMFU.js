import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  refCode,
  tableBlocks
} from "./chunk-4P5I3Q76.js";

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
  let byStandard = /* @__PURE__ */ new Map();
  for (let col of m.columns) {
    let list = byStandard.get(col.standard);
    list ? list.push(col) : byStandard.set(col.standard, [col]);
  }
  let out = [];
  for (let row of m.rows)
    for (let col of byStandard.get(row.standard) ?? [])
      row.needs.has(col.code) && out.push({
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
function wideCells(entries, kind) {
  let types = typesOf(kind), rows = 0, columns = 0;
  for (let e of entries) {
    let s = e.standard;
    types.includes("K") && (columns += s.knowledge.length), types.includes("S") && (columns += s.skills.length);
    for (let block of tableBlocks(s)) rows += block.tasks.length * block.rows.length;
  }
  return { rows, columns, cells: rows * columns };
}
var WIDE_CELL_LIMIT = 1e7;

export {
  buildMatrix,
  longRecords,
  wideCells,
  WIDE_CELL_LIMIT
};
