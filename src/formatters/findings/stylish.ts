/** The default output: findings grouped by file, each with a code frame of the lines at fault. */
import type { Finding } from '../../model/finding.js';
import type { Style } from '../text/style.js';
import { displayWidth, padEnd, padStart } from '../text/width.js';
import { summarize, summaryLine, type FindingsReport } from './summary.js';

const MAX_FRAME_LINE = 160;

/** The line at fault with one line of context above, and a caret under the column. */
export function codeFrame(source: string, f: Finding, style: Style): string[] {
  const lines = source.split(/\r?\n/);
  const at = f.line - 1;
  if (at < 0 || at >= lines.length) return [];
  const numberWidth = String(f.line).length;
  const clip = (s: string) => (s.length > MAX_FRAME_LINE ? `${s.slice(0, MAX_FRAME_LINE)}…` : s);
  const out: string[] = [];
  if (at > 0) out.push(style.dim(`    ${padStart(String(f.line - 1), numberWidth)} | ${clip(lines[at - 1]!)}`));
  const line = clip(lines[at]!);
  out.push(`  ${style.warn('>')} ${padStart(String(f.line), numberWidth)} | ${line}`);
  const caretAt = displayWidth(line.slice(0, Math.max(0, f.column - 1)));
  out.push(`    ${' '.repeat(numberWidth)} | ${' '.repeat(caretAt)}${style.warn('^')}`);
  return out;
}

function severityText(f: Finding, style: Style): string {
  const word = padEnd(f.severity, 7);
  return f.severity === 'error' ? style.warn(word) : f.severity === 'warning' ? style.accent(word) : style.dim(word);
}

export function stylish(report: FindingsReport, o: { style: Style; frames?: boolean }): string {
  const { findings, files, sources } = report;
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of byFile) {
    out.push(o.style.heading(file));
    const posWidth = Math.max(...list.map((f) => `${f.line}:${f.column}`.length));
    for (const f of list) {
      out.push(`  ${o.style.dim(padEnd(`${f.line}:${f.column}`, posWidth))}  ${severityText(f, o.style)}  ${f.message}  ${o.style.dim(f.ruleId)}`);
      const source = sources.get(file);
      if (o.frames !== false && source !== undefined) out.push(...codeFrame(source, f, o.style));
    }
    out.push('');
  }
  const s = summarize(findings, files, report.suppressed);
  const mark = s.errors > 0 ? '✖' : s.warnings > 0 ? '⚠' : '✔';
  out.push(`${mark} ${summaryLine(s)}`);
  return `${out.join('\n')}\n`;
}
