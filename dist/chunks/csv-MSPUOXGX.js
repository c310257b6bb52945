import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  labelIn
} from "./chunk-MDKOZTUU.js";
import {
  formatter
} from "./chunk-RAD7MORV.js";
import {
  csvDocument
} from "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/list/csv.ts
var join = (rows, key) => rows.map((r) => r[key]).join("; "), listCsvFormatter = formatter("csv", ({ rows }, rc) => {
  let l = labelIn(rc.lang), header = [
    l("code"),
    l("version"),
    l("name"),
    l("status"),
    l("date"),
    l("level"),
    l("categories"),
    l("categoryCode"),
    l("occupations"),
    l("occupationCode"),
    l("industries"),
    l("industryCode"),
    l("content"),
    l("file")
  ], records = rows.map((r) => [
    r.code,
    r.version,
    r.name,
    r.status === "current" ? l("statusCurrent") : l("statusHistorical"),
    r.date ?? "",
    r.level ?? "",
    join(r.categories, "name"),
    join(r.categories, "code"),
    join(r.occupations, "name"),
    join(r.occupations, "code"),
    join(r.industries, "name"),
    join(r.industries, "code"),
    r.content ? l("yes") : l("no"),
    r.file
  ]);
  return csvDocument(header, records, rc.csv);
});
export {
  listCsvFormatter
};
