import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/formatters/findings/summary.ts
function summarize(findings, files) {
  return {
    files: files.length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length
  };
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summaryLine(s) {
  return `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")} in ${s.filesWithFindings} of ${plural(s.files, "file")}`;
}

export {
  summarize,
  summaryLine
};
