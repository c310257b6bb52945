import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  label
} from "./chunk-MDKOZTUU.js";
import {
  entryCode
} from "./chunk-5BHPBIFA.js";

// src/formatters/standard/common.ts
function printedDate(date) {
  return date === null ? "" : date.replace(/-/g, "/");
}
function printedStatus(status) {
  return label(status === "current" ? "statusCurrent" : "statusHistorical");
}
function printedLevel(level) {
  return level === null ? label("levelUnset") : String(level);
}
function printedStatusIn(status, lang) {
  return label(status === "current" ? "statusCurrent" : "statusHistorical", lang === "en" ? "en" : "zh");
}
function printedLevelIn(level, lang) {
  return level === null ? label("levelUnset", lang === "en" ? "en" : "zh") : String(level);
}
function printedName(s) {
  return `${s.name}\uFF08${label(s.nameKind === "occupation" ? "nameKindOccupation" : "nameKindCategory")}\uFF09`;
}
function printedClassification(row) {
  return `${row.name}\uFF08${row.code}\uFF09`;
}
function headerPairs(s) {
  let pairs = [
    [label("code"), s.code],
    [label("name"), printedName(s)]
  ];
  for (let c of s.categories) pairs.push([label("categories"), printedClassification(c)]);
  for (let o of s.occupations) pairs.push([label("occupations"), printedClassification(o)]);
  for (let i of s.industries) pairs.push([label("industries"), printedClassification(i)]);
  return pairs.push([label("description"), s.description], [label("level"), printedLevel(s.level)]), pairs;
}
function historyPairs(e) {
  let pairs = [
    [label("code"), entryCode(e)],
    [label("name"), e.row.name],
    [label("version"), `V${e.version}`],
    [label("status"), printedStatus(e.row.status)],
    [label("note"), e.row.note],
    [label("date"), printedDate(e.row.date)]
  ];
  return e.replacedBy && pairs.push([label("replacedBy"), e.replacedBy]), pairs.push([label("listedIn"), `${e.listedIn.file}\uFF08${e.listedIn.code} \u7248\u672C\u8868\uFF09`]), pairs;
}
var HISTORY_COLUMNS = ["version", "code", "name", "status", "note", "date"];
function historyCells(row) {
  return [`V${row.version}`, row.code, row.name, printedStatus(row.status), row.note, printedDate(row.date)];
}
function refText(ref) {
  let tags = ref.tasks.map((t) => `\u3010${t}\u3011`).join("\u3001");
  return `${ref.code} ${ref.name ?? `\uFF08${label("notDefined")}\uFF09`}${tags}`;
}
var REPAIR_LABELS = {
  "removed-space": "repairRemovedSpace",
  "merged-continuation-row": "repairMergedRow",
  "split-code": "repairSplitCode",
  "rejoined-text": "repairRejoinedText",
  other: "repairOther"
};
function printedRepairKind(kind) {
  return label(REPAIR_LABELS[kind]);
}
function titleOf(s) {
  return s.title ?? `${s.name}${label("standard")}`;
}

export {
  printedDate,
  printedStatus,
  printedLevel,
  printedStatusIn,
  printedLevelIn,
  headerPairs,
  historyPairs,
  HISTORY_COLUMNS,
  historyCells,
  refText,
  printedRepairKind,
  titleOf
};
