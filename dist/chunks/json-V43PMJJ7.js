import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  summarize
} from "./chunk-NP6P4WZZ.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/json.ts
function findingsJson(report) {
  let findings = report.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    ...f.endLine !== void 0 ? { endLine: f.endLine, endColumn: f.endColumn } : {},
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...f.messageId !== void 0 ? { messageId: f.messageId, ...f.params ? { params: f.params } : {} } : {},
    ...f.path ? { path: f.path } : {}
  }));
  return `${JSON.stringify({ summary: summarize(report.findings, report.files, report.suppressed), files: report.files, findings }, null, 2)}
`;
}
export {
  findingsJson
};
