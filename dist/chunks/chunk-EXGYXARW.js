import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  standardItems
} from "./chunk-PWFPJ7LD.js";
import {
  COVER_KINDS
} from "./chunk-WUPCKFHW.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";

// src/course/template.ts
var TEMPLATE_UNITS = 12, HEADER_ROW = 5, FIXED_COLUMNS = 4;
function templateGrid(standard, tr, mapping) {
  let all = standardItems(standard), items = COVER_KINDS.flatMap((k) => all[k]), units = mapping?.units ?? Array.from({ length: TEMPLATE_UNITS }, (_, i) => ({ id: `U${i + 1}`, title: "" }));
  return { rows: [
    [tr("course.template.standard"), standard.code, standard.name],
    [tr("course.template.title"), mapping?.course.title ?? ""],
    [tr("course.template.provider"), mapping?.course.provider ?? ""],
    [tr("course.template.hours"), mapping?.course.hours !== void 0 ? String(mapping.course.hours) : ""],
    [tr("course.template.help")],
    [tr("course.template.unit"), tr("course.template.unit-title"), tr("course.template.unit-hours"), tr("course.template.unit-level"), ...items.map((i) => i.code)],
    ["", "", "", "", ...items.map((i) => i.name)],
    ...units.map((u) => [
      u.id,
      u.title,
      u.hours !== void 0 ? String(u.hours) : "",
      u.level !== void 0 ? String(u.level) : "",
      ...items.map((i) => (u[i.kind] ?? []).includes(i.code) ? "\u25CF" : "")
    ])
  ], items };
}
var KIND_BY_PREFIX = { T: "tasks", K: "knowledge", S: "skills", A: "attitudes" }, NO = /* @__PURE__ */ new Set(["", "0", "-", "\u2014", "\u5426", "no", "n", "false"]), unguard = (s) => (/^'[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(s) ? s.slice(1) : s).trim();
function number(cell, row, what, notes) {
  if (cell === "") return;
  let n = Number(cell.replace(/[^0-9.]/g, ""));
  if (!Number.isFinite(n) || cell.replace(/[0-9.\s]|小時|h(ours?)?/gi, "") !== "") {
    notes.push(msg("course.template.bad-number", { row, what, value: cell }));
    return;
  }
  return n;
}
function mappingFromGrid(input) {
  let rows = input.map((r) => r.map((c) => unguard(String(c ?? "")))), standard = rows[0]?.[1] ?? "";
  if (!/^[A-Z]{3}[0-9]{4}-[0-9]{3}v[0-9]+$/i.test(standard)) return;
  let headerAt = rows.findIndex((r, i) => i >= 1 && r.slice(FIXED_COLUMNS).some((c) => /^[TKSA][0-9]/.test(c)));
  if (headerAt < 0) return;
  let columns = rows[headerAt].map((c, i) => ({ i, code: c, kind: KIND_BY_PREFIX[c.charAt(0)] })).filter((c) => c.i >= FIXED_COLUMNS && c.kind !== void 0 && c.code !== ""), notes = [], units = [];
  for (let r = headerAt + 1; r < rows.length; r++) {
    let row = rows[r], [id = "", title = "", hours = "", level = ""] = row, marked = columns.filter((c) => !NO.has((row[c.i] ?? "").toLowerCase()));
    if (title === "" && marked.length === 0 || id === "" && title === "") continue;
    title === "" && notes.push(msg("course.template.no-title", { row: r + 1, id }));
    let unit = { id: id !== "" ? id : `U${units.length + 1}`, title }, h = number(hours, r + 1, "hours", notes);
    h !== void 0 && (unit.hours = h);
    let l = number(level, r + 1, "level", notes);
    l !== void 0 && (Number.isInteger(l) && l >= 1 && l <= 6 ? unit.level = l : notes.push(msg("course.template.bad-number", { row: r + 1, what: "level", value: level })));
    for (let kind of COVER_KINDS) {
      let codes = marked.filter((c) => c.kind === kind).map((c) => c.code);
      codes.length > 0 && (unit[kind] = codes);
    }
    units.push(unit);
  }
  let courseHours = number(rows[3]?.[1] ?? "", 4, "hours", notes);
  return {
    mapping: {
      course: { title: rows[1]?.[1] ?? "", provider: rows[2]?.[1] ?? "", ...courseHours !== void 0 ? { hours: courseHours } : {} },
      standard: standard.replace(/V(?=[0-9]+$)/, "v").toUpperCase().replace(/V(?=[0-9]+$)/, "v"),
      units
    },
    notes
  };
}

export {
  TEMPLATE_UNITS,
  HEADER_ROW,
  FIXED_COLUMNS,
  templateGrid,
  mappingFromGrid
};
