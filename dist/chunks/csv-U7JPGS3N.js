import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  stringify
} from "./chunk-NU6Z65HG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/list/csv.ts
var join = (rows, key) => rows.map((r) => r[key]).join("; "), LIST_CSV_COLUMNS = [
  "code",
  "version",
  "name",
  "status",
  "date",
  "level",
  "category",
  "categoryCode",
  "occupation",
  "occupationCode",
  "industry",
  "industryCode",
  "content",
  "file"
];
function listCsv(rows) {
  let records = rows.map((r) => [
    r.code,
    r.version,
    r.name,
    r.status,
    r.date ?? "",
    r.level ?? "",
    join(r.categories, "name"),
    join(r.categories, "code"),
    join(r.occupations, "name"),
    join(r.occupations, "code"),
    join(r.industries, "name"),
    join(r.industries, "code"),
    r.content ? "yes" : "no",
    r.file
  ]);
  return stringify(records, { header: !0, columns: [...LIST_CSV_COLUMNS], record_delimiter: "windows" });
}
export {
  LIST_CSV_COLUMNS,
  listCsv
};
