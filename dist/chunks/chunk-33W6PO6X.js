import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  entryCode,
  entryName
} from "./chunk-5BHPBIFA.js";

// src/query/list.ts
function ownRow(entry) {
  return entry.kind === "history" ? entry.row : entry.standard.versions.find((r) => r.version === entry.version);
}
function toRow(entry, newestVersion) {
  let row = ownRow(entry), status = row?.status ?? (entry.version === newestVersion ? "current" : "historical"), common = {
    code: entryCode(entry),
    base: entry.base,
    version: entry.version,
    name: entryName(entry),
    status,
    date: row?.date ?? null
  };
  if (entry.kind === "published") {
    let s = entry.standard;
    return {
      ...common,
      content: !0,
      categories: s.categories,
      occupations: s.occupations,
      industries: s.industries,
      level: s.level,
      file: entry.file
    };
  }
  return { ...common, content: !1, categories: [], occupations: [], industries: [], level: null, file: entry.listedIn.file };
}
var startsWith = (value, prefix) => value.toUpperCase().startsWith(prefix.trim().toUpperCase());
function matches(row, f) {
  return !(f.category !== void 0 && !(row.categories.some((c) => startsWith(c.code, f.category)) || !row.content && startsWith(row.base, f.category)) || f.occupation !== void 0 && !(row.occupations.some((o) => startsWith(o.code, f.occupation)) || !row.content && startsWith(row.base.slice(3), f.occupation)) || f.industry !== void 0 && !row.industries.some((i) => startsWith(i.code, f.industry)) || f.level !== void 0 && row.level !== f.level || f.name !== void 0 && !row.name.toLowerCase().includes(f.name.trim().toLowerCase()));
}
function selectRows(rows, filters = {}) {
  let newest = /* @__PURE__ */ new Map();
  for (let r of rows) newest.set(r.base, Math.max(newest.get(r.base) ?? 0, r.version));
  return rows.filter((r) => (filters.allVersions || r.version === newest.get(r.base)) && matches(r, filters));
}
function listRows(entries, filters = {}) {
  let newest = /* @__PURE__ */ new Map();
  for (let e of entries) newest.set(e.base, Math.max(newest.get(e.base) ?? 0, e.version));
  return (filters.allVersions ? entries : entries.filter((e) => e.version === newest.get(e.base))).map((e) => toRow(e, newest.get(e.base))).filter((row) => matches(row, filters));
}

export {
  toRow,
  matches,
  selectRows,
  listRows
};
