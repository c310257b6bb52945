import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  summarize,
  summaryLine
} from "./chunk-NP6P4WZZ.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C"), COMMAND = { error: "error", warning: "warning", info: "notice" };
function github(report, rc) {
  let out = report.findings.map((f) => {
    let props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`];
    return f.endLine !== void 0 && props.push(`endLine=${f.endLine}`), f.endColumn !== void 0 && f.endLine === f.line && props.push(`endColumn=${f.endColumn}`), props.push(`title=${escapeProperty(`compstd ${f.ruleId}`)}`), `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
  }), s = summarize(report.findings, report.files, report.suppressed), line = summaryLine(s, rc?.tr);
  return (s.errors > 0 || s.warnings > 0) && out.push(`::${s.errors > 0 ? "error" : "warning"} title=compstd validate::${escapeData(line)}`), out.push(`compstd validate: ${line}`), `${out.join(`
`)}
`;
}
export {
  github
};
