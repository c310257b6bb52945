import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/junit.ts
var NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, visible = (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
function xmlText(s) {
  return s.replace(NOT_XML, visible).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function xmlAttr(s) {
  return xmlText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
var seconds = (ms) => (Math.max(0, ms) / 1e3).toFixed(3), where = (f) => `${f.file}:${f.line}:${f.column}`;
function junit(report, o = {}) {
  let timestamp = (o.timestamp ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 19), hostname = o.hostname?.trim() || "localhost", fails = (f) => f.severity === "error" || f.severity === "warning" && o.warningsFail === !0, byFile = new Map(report.files.map((file) => [file, []]));
  for (let f of report.findings)
    byFile.has(f.file) || byFile.set(f.file, []), byFile.get(f.file).push(f);
  let perFile = byFile.size === 0 ? 0 : (o.elapsedMs ?? 0) / byFile.size, lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"], id = 0;
  for (let [file, findings] of byFile) {
    let failing = findings.filter(fails), rest = findings.filter((f) => !fails(f)), tests = Math.max(1, failing.length), count = (s) => findings.filter((f) => f.severity === s).length;
    lines.push(
      `  <testsuite name="${xmlAttr(file)}" package="compstd.validate" id="${id++}" tests="${tests}" failures="${failing.length}" errors="0" skipped="0" time="${seconds(perFile)}" timestamp="${timestamp}" hostname="${xmlAttr(hostname)}">`,
      "    <properties>",
      `      <property name="file" value="${xmlAttr(file)}"/>`,
      ...["error", "warning", "info"].map((s) => `      <property name="${s}s" value="${count(s)}"/>`),
      "    </properties>"
    );
    let caseTime = seconds(perFile / tests);
    failing.length === 0 && lines.push(`    <testcase name="${xmlAttr(file)}" classname="compstd.validate" time="${caseTime}"/>`);
    for (let f of failing)
      lines.push(
        `    <testcase name="${xmlAttr(`${where(f)} ${f.ruleId}`)}" classname="compstd.${xmlAttr(f.ruleId)}" time="${caseTime}">`,
        `      <failure type="${xmlAttr(f.severity)}" message="${xmlAttr(f.message)}">${xmlText(`${where(f)} ${f.severity} ${f.message} (${f.ruleId})
docs/rules/${f.ruleId}.md`)}</failure>`,
        "    </testcase>"
      );
    let out = rest.map((f) => `${where(f)} ${f.severity} ${f.message} (${f.ruleId})`).join(`
`);
    lines.push(out === "" ? "    <system-out/>" : `    <system-out>${xmlText(out)}</system-out>`, "    <system-err/>", "  </testsuite>");
  }
  return lines.push("</testsuites>"), `${lines.join(`
`)}
`;
}
export {
  junit,
  xmlAttr,
  xmlText
};
