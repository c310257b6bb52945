/**
 * JUnit XML, in the shape both the Jenkins (xunit-plugin junit-10.xsd) and the Apache Ant
 * (windyroad JUnit.xsd) schemas accept — a test checks both with xmllint:
 * - one `<testsuite>` per file checked, with `id`, `package`, `hostname`, `timestamp` and `time`
 *   (Ant requires them), `<properties>`, `<system-out>` and `<system-err>`;
 * - a failing `<testcase>` per finding that fails the run, a passing one for a file with none;
 *   each suite's `tests`, `failures`, `errors` and `skipped` count its own test cases;
 * - the root `<testsuites>` carries no attributes: Ant's schema allows none there (and Jenkins'
 *   none for `skipped`), and every CI reader sums the suites itself.
 * Warnings are failures only when they fail the run (`--fail-on warning`, or more than
 * `--max-warnings`): a run that exits 0 must not show as failed in a CI's test report. Otherwise
 * they (and infos) are listed in the suite's `<system-out>`, and counted in its properties.
 */
import type { Finding } from '../../model/finding.js';
import type { FindingsReport } from './summary.js';

export interface JunitOptions {
  /** Warnings fail this run (--fail-on warning, or more than --max-warnings): then they are failures. */
  warningsFail?: boolean;
  /** When the run started (default: now). */
  timestamp?: Date;
  /** How long the run took, in milliseconds; shared evenly among the files (default 0). */
  elapsedMs?: number;
  hostname?: string;
}

/** Characters XML 1.0 can't hold at all, even as references: shown as \uXXXX text instead. */
// eslint-disable-next-line no-control-regex -- they are what this replaces
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Element text: markup escaped, line breaks kept (a carriage return as a reference, or it is lost). */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value: also quotes, and tabs and line breaks as references (a parser turns raw ones into spaces). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);
const where = (f: Finding) => `${f.file}:${f.line}:${f.column}`;

export function junit(report: FindingsReport, o: JunitOptions = {}): string {
  const timestamp = (o.timestamp ?? new Date()).toISOString().slice(0, 19);
  const hostname = o.hostname?.trim() || 'localhost';
  const fails = (f: Finding) => f.severity === 'error' || (f.severity === 'warning' && o.warningsFail === true);
  const byFile = new Map<string, Finding[]>(report.files.map((file) => [file, []]));
  for (const f of report.findings) {
    if (!byFile.has(f.file)) byFile.set(f.file, []);
    byFile.get(f.file)!.push(f);
  }
  const perFile = byFile.size === 0 ? 0 : (o.elapsedMs ?? 0) / byFile.size;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>'];
  let id = 0;
  for (const [file, findings] of byFile) {
    const failing = findings.filter(fails);
    const rest = findings.filter((f) => !fails(f));
    const tests = Math.max(1, failing.length);
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    lines.push(
      `  <testsuite name="${xmlAttr(file)}" package="compstd.validate" id="${id++}" tests="${tests}" failures="${failing.length}" errors="0" skipped="0" time="${seconds(perFile)}" timestamp="${timestamp}" hostname="${xmlAttr(hostname)}">`,
      '    <properties>',
      `      <property name="file" value="${xmlAttr(file)}"/>`,
      ...(['error', 'warning', 'info'] as const).map((s) => `      <property name="${s}s" value="${count(s)}"/>`),
      '    </properties>',
    );
    const caseTime = seconds(perFile / tests);
    if (failing.length === 0) lines.push(`    <testcase name="${xmlAttr(file)}" classname="compstd.validate" time="${caseTime}"/>`);
    for (const f of failing) {
      lines.push(
        `    <testcase name="${xmlAttr(`${where(f)} ${f.ruleId}`)}" classname="compstd.${xmlAttr(f.ruleId)}" time="${caseTime}">`,
        `      <failure type="${xmlAttr(f.severity)}" message="${xmlAttr(f.message)}">${xmlText(`${where(f)} ${f.severity} ${f.message} (${f.ruleId})\ndocs/rules/${f.ruleId}.md`)}</failure>`,
        '    </testcase>',
      );
    }
    const out = rest.map((f) => `${where(f)} ${f.severity} ${f.message} (${f.ruleId})`).join('\n');
    lines.push(out === '' ? '    <system-out/>' : `    <system-out>${xmlText(out)}</system-out>`, '    <system-err/>', '  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
