import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  tr
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG
} from "./chunk-TE5S4JRX.js";

// src/formatters/findings/summary.ts
function summarize(findings, files, suppressed = 0) {
  return {
    files: files.length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    suppressed
  };
}
function summaryLine(s, tr2 = (id, p) => tr(DEFAULT_LANG, id, p)) {
  return tr2("cli.validate.summary", { ...s });
}

export {
  summarize,
  summaryLine
};
