/** Findings as JSON for scripts: `{ summary, findings: [{ file, line, column, ruleId, severity, message, path }] }`. */
import { summarize, type FindingsReport } from './summary.js';

export function findingsJson(report: FindingsReport): string {
  const findings = report.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.messageId !== undefined ? { messageId: f.messageId, ...(f.params ? { params: f.params } : {}) } : {}),
    ...(f.path ? { path: f.path } : {}),
  }));
  return `${JSON.stringify({ summary: summarize(report.findings, report.files, report.suppressed), files: report.files, findings }, null, 2)}\n`;
}
