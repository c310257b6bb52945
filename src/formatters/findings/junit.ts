/** JUnit XML: a test suite per file, a failing test case per finding, a passing one for a clean file. */
import type { FindingsReport } from './summary.js';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 has no place for most control characters.
    // eslint-disable-next-line no-control-regex -- they are what this removes
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function junit(report: FindingsReport): string {
  const failing = report.findings.filter((f) => f.severity !== 'info');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="compstd validate" tests="${report.files.length + failing.length}" failures="${failing.length}" errors="0">`,
  ];
  for (const file of report.files) {
    const mine = report.findings.filter((f) => f.file === file && f.severity !== 'info');
    lines.push(`  <testsuite name="${xml(file)}" tests="${Math.max(1, mine.length)}" failures="${mine.length}" errors="0">`);
    if (mine.length === 0) lines.push(`    <testcase name="${xml(file)}" classname="compstd.validate"/>`);
    for (const f of mine) {
      lines.push(
        `    <testcase name="${xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`)}" classname="compstd.${xml(f.ruleId)}">`,
        `      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`)}</failure>`,
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
