import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/junit.ts
var xml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
function junit(report) {
  let failing = report.findings.filter((f) => f.severity !== "info"), lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="compstd validate" tests="${report.files.length + failing.length}" failures="${failing.length}" errors="0">`
  ];
  for (let file of report.files) {
    let mine = report.findings.filter((f) => f.file === file && f.severity !== "info");
    lines.push(`  <testsuite name="${xml(file)}" tests="${Math.max(1, mine.length)}" failures="${mine.length}" errors="0">`), mine.length === 0 && lines.push(`    <testcase name="${xml(file)}" classname="compstd.validate"/>`);
    for (let f of mine)
      lines.push(
        `    <testcase name="${xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`)}" classname="compstd.${xml(f.ruleId)}">`,
        `      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`)}</failure>`,
        "    </testcase>"
      );
    lines.push("  </testsuite>");
  }
  return lines.push("</testsuites>"), `${lines.join(`
`)}
`;
}
export {
  junit
};
