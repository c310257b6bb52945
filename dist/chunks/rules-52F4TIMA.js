import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  renderTable
} from "./chunk-TSP5FSKE.js";
import {
  table
} from "./chunk-USSJRPOD.js";
import {
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
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

// src/formatters/rules/rules.ts
function severityOf(r, rc) {
  let word = rc.tr(`cli.severity.${r.severity}`);
  return r.configurable ? word : rc.tr("cli.rules.always", { severity: word });
}
function cells(rules, rc) {
  return rules.map((r) => [r.id, severityOf(r, rc), r.description]);
}
var rulesText = formatter("text", ({ rules }, rc) => {
  let l = labelIn(rc.lang);
  return `${renderTable({
    columns: [{ header: l("rule"), min: Math.min(24, Math.max(...rules.map((r) => r.id.length))) }, { header: l("severity"), min: 8 }, { header: l("checks") }],
    rows: cells(rules, rc),
    border: rc.border,
    maxWidth: rc.width,
    style: rc.style,
    fit: rc.fit
  })}
${wrap(rc.tr("cli.rules.footer"), rc.width).join(`
`)}
`;
}), rulesMarkdown = formatter("markdown", ({ rules }, rc) => {
  let l = labelIn(rc.lang);
  return `${table([l("rule"), l("severity"), l("checks")], cells(rules, rc))}

${rc.tr("cli.rules.footer")}
`;
}), rulesCsv = formatter("csv", ({ rules }, rc) => {
  let l = labelIn(rc.lang);
  return csvDocument([l("rule"), l("severity"), l("checks"), "docs"], rules.map((r) => [r.id, severityOf(r, rc), r.description, r.docs]), rc.csv);
}), rulesJson = formatter("json", ({ rules }) => `${JSON.stringify(rules, null, 2)}
`);
export {
  rulesCsv,
  rulesJson,
  rulesMarkdown,
  rulesText
};
