/** The default output: findings grouped by file, each with a code frame of the lines at fault. */
import type { Finding } from '../../model/finding.js';
import { PLAIN, type Style } from '../text/style.js';
import type { RenderContext } from '../types.js';
import { displayWidth, hang, padEnd, padStart, wrap } from '../text/width.js';
import { summarize, summaryLine, type FindingsReport } from './summary.js';

/** Code units of a long line looked at around a column, per display column of the window. */
const UNITS_PER_COLUMN = 4;

/**
 * A window of at most `width` display columns of a source line, around `column` (1-based, in
 * UTF-16 units as findings count): `…` marks what is cut. Returns the text and where the column
 * falls in it, in display columns. Only a slice of the line around the column is looked at, so
 * a finding on a 1 MB line costs as much as one on a short line.
 */
export function frameWindow(line: string, column: number, width: number): { text: string; caret: number } {
  // Every character is at least one column wide but a combining one: a few units per column of
  // the window are always enough to fill it.
  const units = UNITS_PER_COLUMN * Math.max(8, width) + 16;
  let from = Math.max(0, Math.min(column - 1, line.length) - Math.floor(units / 2));
  if (from > 0 && /[\udc00-\udfff]/.test(line[from]!)) from++; // not inside a surrogate pair
  const to = Math.min(line.length, from + units);
  const cutBefore = from > 0;
  const cutAfter = to < line.length;
  const chars = [...line.slice(from, to)];
  const widths = chars.map((c) => displayWidth(c));
  // The index (in code points of the slice) of the column.
  let unit = from;
  let at = 0;
  while (at < chars.length && unit < column - 1) unit += chars[at++]!.length;
  const avail = Math.max(8, width);
  let used = widths.reduce((a, b) => a + b, 0);
  if (used <= avail && !cutBefore && !cutAfter) return { text: line, caret: widths.slice(0, at).reduce((a, b) => a + b, 0) };
  // Start a third of the window before the column, then take what fits.
  let before = 0;
  let start = at;
  while (start > 0 && before + widths[start - 1]! <= Math.floor(avail / 3)) before += widths[--start]!;
  const lead = start > 0 || cutBefore ? '…' : '';
  let end = start;
  used = lead.length;
  while (end < chars.length && used + widths[end]! <= avail - 1) used += widths[end++]!;
  const tail = end < chars.length || cutAfter ? '…' : '';
  return { text: lead + chars.slice(start, end).join('') + tail, caret: lead.length + widths.slice(start, at).reduce((a, b) => a + b, 0) };
}

/**
 * The line at fault with one line of context above, and a caret under the column, within
 * `width`. `lines` is the source split into lines, once per file (see `sourceLines`).
 */
export function codeFrame(source: string | readonly string[], f: Finding, style: Style, width = 160): string[] {
  const lines = typeof source === 'string' ? sourceLines(source) : source;
  const at = f.line - 1;
  if (at < 0 || at >= lines.length) return [];
  const numberWidth = String(f.line).length;
  const avail = width - numberWidth - 7;
  const out: string[] = [];
  if (at > 0) out.push(style.dim(`    ${padStart(String(f.line - 1), numberWidth)} | ${frameWindow(lines[at - 1]!, 1, avail).text}`));
  const { text, caret } = frameWindow(lines[at]!, f.column, avail);
  out.push(`  ${style.warn('>')} ${padStart(String(f.line), numberWidth)} | ${text}`);
  out.push(`    ${' '.repeat(numberWidth)} | ${' '.repeat(caret)}${style.warn('^')}`);
  return out;
}

export function sourceLines(source: string): string[] {
  return source.split(/\r?\n/);
}

function severityText(f: Finding, style: Style, rc?: RenderContext): string {
  const word = padEnd(rc ? rc.tr(`cli.severity.${f.severity}`) : f.severity, rc?.lang === 'zh-Hant' ? 4 : 7);
  return f.severity === 'error' ? style.warn(word) : f.severity === 'warning' ? style.accent(word) : style.dim(word);
}

/** A finding's lines: its position, severity, message and rule id, then its code frame. */
function findingLines(f: Finding, posWidth: number, frameLines: readonly string[] | undefined, o: { style: Style; rc?: RenderContext }, width: number): string[] {
  // The message hangs after its position and severity; the rule id ends it.
  const severity = severityText(f, PLAIN, o.rc);
  const prefix = `  ${padEnd(`${f.line}:${f.column}`, posWidth)}  ${severity}  `;
  const lines = hang(prefix, f.message, width);
  lines[0] = `  ${o.style.dim(padEnd(`${f.line}:${f.column}`, posWidth))}  ${severityText(f, o.style, o.rc)}  ${lines[0]!.slice(prefix.length)}`;
  // The rule id ends the message two spaces after it, or on a line of its own where it doesn't fit.
  const last = lines.length - 1;
  if (displayWidth(stripStyle(lines[last]!)) + 2 + displayWidth(f.ruleId) <= width) lines[last] = `${lines[last]!}  ${o.style.dim(f.ruleId)}`;
  else lines.push(`${' '.repeat(displayWidth(prefix))}${o.style.dim(f.ruleId)}`);
  if (frameLines !== undefined) lines.push(...codeFrame(frameLines, f, o.style, width));
  return lines;
}

/** A line without our own colour codes, to measure it. */
const SGR = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, 'g');
function stripStyle(line: string): string {
  return line.replace(SGR, '');
}

export function stylish(report: FindingsReport, o: { style: Style; frames?: boolean; rc?: RenderContext }): string {
  const { findings, files, sources } = report;
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const width = o.rc?.width ?? 160;
  for (const [file, list] of byFile) {
    out.push(...wrap(file, width).map((l) => o.style.heading(l)));
    const posWidth = list.reduce((w, f) => Math.max(w, `${f.line}:${f.column}`.length), 0);
    const source = sources.get(file);
    const frameLines = source !== undefined && o.frames !== false ? sourceLines(source) : undefined;
    // A finding repeated at one place (a rule may report a line many times) is put into lines once.
    const shown = new Map<string, string[]>();
    for (const f of list) {
      const key = `${f.line}:${f.column}\u0000${f.severity}\u0000${f.ruleId}\u0000${f.message}`;
      let block = shown.get(key);
      if (block === undefined) shown.set(key, (block = findingLines(f, posWidth, frameLines, o, width)));
      out.push(...block);
    }
    out.push('');
  }
  const s = summarize(findings, files, report.suppressed);
  const mark = s.errors > 0 ? '✖' : s.warnings > 0 ? '⚠' : '✔';
  out.push(...hang(`${mark} `, summaryLine(s, o.rc?.tr), width));
  if (report.catalog !== undefined) out.push(...wrap(report.catalog, width).map((l) => o.style.dim(l)));
  return `${out.join('\n')}\n`;
}
