// Every rule is broken once by a fixture under test/fixtures/rules/<rule-id>/: the table says
// which finding each must give, at which line and column. Every rule has a row here and a docs
// entry under docs/rules/.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { validate } from '../src/rules/validate.js';
import { BASELINE_CHECK, LOAD_CHECKS, PUBLISHED_CHECKS, RULES } from '../src/rules/registry.js';
import { CATALOGUES } from '../src/model/messages/index.js';
import { FIXTURES, ROOT } from './helpers.js';

type Row = [rule: string, severity: string, file: string, line: number, column: number];

const TABLE: Row[] = [
  ['standard-code-format', 'error', 'ABC1234-001/v2.yaml', 2, 7],
  ['element-code-format', 'error', 'ABC1234-001/v2.yaml', 43, 23],
  ['code-hierarchy', 'warning', 'ABC1234-001/v2.yaml', 62, 23],
  ['duplicate-code', 'warning', 'ABC1234-001/v2.yaml', 62, 23],
  ['code-gap', 'warning', 'ABC1234-001/v2.yaml', 100, 11],
  ['undefined-competency', 'error', 'ABC1234-001/v2.yaml', 67, 27],
  ['unused-competency', 'warning', 'ABC1234-001/v2.yaml', 102, 11],
  ['level-range', 'error', 'ABC1234-001/v2.yaml', 47, 20],
  ['level-far-from-standard', 'info', 'ABC1234-001/v2.yaml', 41, 20],
  ['version-table', 'error', 'ABC1234-001/v2.yaml', 11, 13],
  ['version-succession', 'warning', 'ABC1234-001/v2.yaml', 18, 11],
  ['file-path', 'warning', 'ABC1234-002/v2.yaml', 2, 7],
  ['duplicate-version', 'error', 'copies/ABC1234-001v2.yaml', 2, 7],
  ['stale-current', 'warning', 'ABC1234-001/v1.yaml', 11, 13],
  ['unexplained-rename', 'warning', 'ABC1234-001/v2.yaml', 4, 7],
  ['cjk-space', 'warning', 'ABC1234-001/v2.yaml', 36, 19],
  ['glued-code', 'warning', 'ABC1234-001/v2.yaml', 57, 22],
  ['empty-text', 'warning', 'ABC1234-001/v2.yaml', 87, 21],
  ['footnote-missing', 'warning', 'ABC1234-001/v2.yaml', 29, 23],
  ['line-ends', 'warning', 'ABC1234-001/v2.yaml', 1, 1],
];

const run = (folder: string) =>
  validate({ inputs: [`${FIXTURES}rules/${folder}`], cwd: ROOT, configDir: ROOT, ruleFlags: [] });

describe('every rule, broken once', () => {
  it.each(TABLE)('%s: %s at %s:%i:%i', async (rule, severity, file, line, column) => {
    const { findings } = await run(rule);
    const mine = findings.filter((f) => f.ruleId === rule);
    expect(mine.length, JSON.stringify(findings)).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({ severity, line, column });
    expect(mine[0]!.file.endsWith(file)).toBe(true);
    // Nothing but the rule at hand (and what the same break must also trip) is reported.
    const others = findings.filter((f) => f.ruleId !== rule).map((f) => f.ruleId);
    const allowed: Record<string, string[]> = {
      'duplicate-code': ['code-hierarchy'],
      'duplicate-version': ['file-path'],
      'standard-code-format': ['file-path', 'version-table'],
    };
    expect(others.filter((o) => !(allowed[rule] ?? []).includes(o))).toEqual([]);
  });

  it('the unbroken fixture and the bundled catalogue are clean', async () => {
    expect((await run('clean')).findings).toEqual([]);
    const bundled = await validate({ inputs: [`${ROOT}standards`], cwd: ROOT, configDir: ROOT, ruleFlags: [] });
    expect(bundled.findings).toEqual([]);
    expect(bundled.files).toHaveLength(2);
  });

  it('covers every rule of the registry, each with a docs entry', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(TABLE.map((r) => r[0]).sort());
    for (const meta of [...RULES.map((r) => r.meta), ...LOAD_CHECKS]) {
      expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.description.length).toBeGreaterThan(10);
      expect(existsSync(`${ROOT}${meta.docs}`), meta.docs).toBe(true);
      const doc = readFileSync(`${ROOT}${meta.docs}`, 'utf8');
      expect(doc.startsWith(`# ${meta.id}\n`), meta.docs).toBe(true);
    }
  });

  it('describes every rule, load check and published defect by id in both languages, each published id with its docs', () => {
    for (const meta of [...RULES.map((r) => r.meta), ...LOAD_CHECKS, ...PUBLISHED_CHECKS, BASELINE_CHECK]) {
      expect(CATALOGUES['zh-Hant'][meta.descriptionMessage.id], meta.id).toBeDefined();
      expect(CATALOGUES.en[meta.descriptionMessage.id], meta.id).toBeDefined();
      const [file, anchor] = meta.docs.split('#');
      const doc = readFileSync(`${ROOT}${file}`, 'utf8');
      if (anchor !== undefined) expect(doc, meta.docs).toContain(`id="${anchor}"`);
    }
    expect(PUBLISHED_CHECKS.map((m) => m.severity).every((s) => s !== 'error')).toBe(true);
    expect(PUBLISHED_CHECKS.map((m) => m.id)).toContain('published-version-table');
  });
});

describe('a real published standard', () => {
  it('LPS5404-001v3: validate reports what FORMAT.md says is wrong with it, and nothing else', async () => {
    const { findings } = await validate({ inputs: [`${FIXTURES}real`], cwd: ROOT, configDir: ROOT, ruleFlags: [] });
    // A transcription (source.kind: transcription): its defects are the publication's, never errors.
    expect(findings.map((f) => `${f.ruleId}:${f.severity}@${f.line}:${f.column}`)).toEqual([
      'published-code-hierarchy:warning@87:23',
      'published-duplicate-code:warning@87:23',
      'published-code-gap:info@89:23',
    ]);
    expect(findings[1]!.messageId).toBe('findings.duplicateCode.other');
    expect(findings[1]!.message).toContain('P1.1.2 用了兩次');
  });
});

describe('severities', () => {
  it('are set by --rule and by .compstd.yaml, off silences a rule', async () => {
    const off = await validate({ inputs: [`${FIXTURES}rules/code-gap`], cwd: ROOT, configDir: ROOT, ruleFlags: ['code-gap=off'] });
    expect(off.findings).toEqual([]);
    const err = await validate({ inputs: [`${FIXTURES}rules/code-gap`], cwd: ROOT, configDir: ROOT, ruleFlags: ['code-gap=error'] });
    expect(err.findings[0]?.severity).toBe('error');
    const cfg = await validate({ inputs: [`${FIXTURES}rules/code-gap`], cwd: ROOT, configDir: `${FIXTURES}config`, ruleFlags: [] });
    expect(cfg.findings[0]?.severity).toBe('info');
  });

  it('sets a published defect like a rule, but never to error', async () => {
    const off = await validate({ inputs: [`${FIXTURES}real`], cwd: ROOT, configDir: ROOT, ruleFlags: ['published-duplicate-code=off'] });
    expect(off.findings.map((f) => f.ruleId)).not.toContain('published-duplicate-code');
    await expect(validate({ inputs: [`${FIXTURES}real`], cwd: ROOT, configDir: ROOT, ruleFlags: ['published-duplicate-code=error'] })).rejects.toThrow(/not error/);
  });

  it('refuses unknown rules and severities', async () => {
    await expect(validate({ inputs: [`${FIXTURES}rules/clean`], cwd: ROOT, configDir: ROOT, ruleFlags: ['no-such-rule=off'] })).rejects.toThrow(/no rule "no-such-rule"/);
    await expect(validate({ inputs: [`${FIXTURES}rules/clean`], cwd: ROOT, configDir: ROOT, ruleFlags: ['code-gap=loud'] })).rejects.toThrow(/must be one of/);
    await expect(validate({ inputs: [`${FIXTURES}rules/clean`], cwd: ROOT, configDir: ROOT, ruleFlags: ['code-gap'] })).rejects.toThrow(/expected id=severity/);
  });
});
