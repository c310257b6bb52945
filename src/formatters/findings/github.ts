/**
 * GitHub Actions workflow commands: one annotation per finding, then a summary line, since
 * GitHub shows only the first few annotations of each kind per step.
 */
import { summarize, summaryLine, type FindingsReport } from './summary.js';
import type { RenderContext } from '../types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function github(report: FindingsReport, rc?: RenderContext): string {
  const out = report.findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`];
    if (f.endLine !== undefined) props.push(`endLine=${f.endLine}`);
    if (f.endColumn !== undefined && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
    props.push(`title=${escapeProperty(`compstd ${f.ruleId}`)}`);
    return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
  });
  const s = summarize(report.findings, report.files, report.suppressed);
  const line = summaryLine(s, rc?.tr);
  // A clean run posts no annotation: the summary is a plain line of the log.
  if (s.errors > 0 || s.warnings > 0) out.push(`::${s.errors > 0 ? 'error' : 'warning'} title=compstd validate::${escapeData(line)}`);
  out.push(`compstd validate: ${line}`);
  return `${out.join('\n')}\n`;
}
