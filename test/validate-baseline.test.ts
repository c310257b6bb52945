// compstd validate --baseline / --write-baseline on the built bin: known findings are suppressed
// and counted, new ones fail, a stale entry is reported, and lines may move.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compstd, FIXTURES } from './helpers.js';

describe('compstd validate --baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compstd-baseline-'));
  cpSync(`${FIXTURES}rules/version-table`, join(dir, 'standards'), { recursive: true });
  const file = join(dir, 'standards', 'ABC1234-001', 'v2.yaml');
  const baseline = join(dir, 'compstd-baseline.json');

  it('an adopting repository: write the baseline, then the same findings pass, counted as suppressed', () => {
    expect(compstd(['validate', 'standards'], { cwd: dir }).code).toBe(1);
    const w = compstd(['validate', 'standards', '--write-baseline', 'compstd-baseline.json'], { cwd: dir });
    expect(w.code).toBe(0);
    const data = JSON.parse(readFileSync(baseline, 'utf8')) as { version: number; entries: Array<{ file: string; rule: string; count: number }> };
    expect(data.version).toBe(1);
    expect(data.entries.map((e) => [e.file, e.rule])).toContainEqual(['standards/ABC1234-001/v2.yaml', 'version-table']);
    const r = compstd(['validate', 'standards', '--baseline', 'compstd-baseline.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { summary: { errors: number; suppressed: number } };
    expect(report.summary.errors).toBe(0);
    expect(report.summary.suppressed).toBe(data.entries.reduce((n, e) => n + e.count, 0));
    expect(compstd(['validate', 'standards', '--baseline', 'compstd-baseline.json'], { cwd: dir }).stdout).toMatch(/另有 1 項已列入基準檔而不計/);
    expect(compstd(['validate', 'standards', '--baseline', 'compstd-baseline.json', '--lang', 'en'], { cwd: dir }).stdout).toMatch(/suppressed by the baseline/);
  });

  it('works from another folder, and survives lines moving', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ncode:', '\n# a comment\n# another\ncode:'));
    const r = compstd(['validate', join(dir, 'standards'), '--baseline', baseline]);
    expect(r.code, r.stdout).toBe(0);
  });

  it('a new finding fails; a fixed one leaves a stale entry, reported at its line of the baseline', () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^level: [0-9]+$/m, 'level: 9'));
    const r = compstd(['validate', 'standards', '--baseline', 'compstd-baseline.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
    expect(found).toContain('level-range');
    writeFileSync(file, readFileSync(`${FIXTURES}rules/clean/ABC1234-001/v2.yaml`, 'utf8'));
    const s = compstd(['validate', 'standards', '--baseline', 'compstd-baseline.json', '--format', 'json'], { cwd: dir });
    const stale = (JSON.parse(s.stdout) as { findings: Array<{ ruleId: string; file: string; line: number; severity: string }> }).findings.filter((f) => f.ruleId === 'baseline-stale');
    expect(stale.length).toBeGreaterThan(0);
    expect(stale[0]).toMatchObject({ file: 'compstd-baseline.json', severity: 'warning' });
    expect(readFileSync(baseline, 'utf8').split('\n')[stale[0]!.line - 1]).toContain('"file":"standards/ABC1234-001/v2.yaml"');
    expect(compstd(['validate', 'standards', '--baseline', 'compstd-baseline.json', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
  });

  it('refuses a file that is not a baseline, and --baseline with --write-baseline', () => {
    writeFileSync(join(dir, 'bad.json'), '{"entries": 3}');
    const r = compstd(['validate', 'standards', '--baseline', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(compstd(['validate', 'standards', '--baseline', 'a.json', '--write-baseline', 'b.json'], { cwd: dir }).code).toBe(2);
  });
});
