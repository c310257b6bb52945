import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  KIND_LABEL,
  SEVERITY_LABEL,
  codePart,
  elementLabel
} from "./chunk-26EDUISN.js";
import "./chunk-NQCPKRAQ.js";
import {
  labelIn
} from "./chunk-MDKOZTUU.js";
import {
  formatter
} from "./chunk-RAD7MORV.js";
import {
  csvDocument
} from "./chunk-H42XODIB.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/diff/csv.ts
var diffCsv = formatter("csv", ({ diffs }, rc) => {
  let l = labelIn(rc.lang), rows = diffs.flatMap(
    (d) => d.changes.map((c) => [
      d.from,
      d.to,
      l(SEVERITY_LABEL[c.severity]),
      l(KIND_LABEL[c.kind]),
      elementLabel(c, rc.lang === "en" ? "en" : "zh"),
      codePart(c, !1),
      c.duty ?? "",
      c.task ?? "",
      c.before ?? "",
      c.after ?? ""
    ])
  );
  return csvDocument(
    [l("diffFrom"), l("diffTo"), l("severity"), l("diffKind"), l("diffElement"), l("itemCode"), l("duty"), l("task"), l("diffBefore"), l("diffAfter")],
    rows,
    rc.csv
  );
});
export {
  diffCsv
};
