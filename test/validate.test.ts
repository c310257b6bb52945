// compstd validate end to end: bad input of every kind, exit codes, thresholds and the CI formats.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type AjvDraft04 from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { compstd, FIXTURES, ROOT } from './helpers.js';

// ajv-draft-04 is CommonJS: its class is module.exports.
const Ajv04 = createRequire(import.meta.url)('ajv-draft-04') as typeof AjvDraft04.default;
const valid = readFileSync(`${FIXTURES}rules/clean/ABC1234-001/v2.yaml`, 'utf8');
let dir: string;

/** One folder with a good file and every kind of bad input beside it. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compstd-bad-'));
  const put = (name: string, content: string | Uint8Array) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  };
  put('ABC1234-001/v2.yaml', valid);
  put('bad/syntax.yaml', 'code: [unclosed\nname: x\n');
  put('bad/duplicate-key.yaml', `${valid}name: again\n`);
  const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  ['b', 'c', 'd', 'e', 'f', 'g'].forEach((n, i) => lol.push(`${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`));
  put('bad/alias-bomb.yaml', `${lol.join('\n')}\n`);
  put('bad/custom-tag.yaml', valid.replace('name: 測試工程人員\n', 'name: !!js/function "function () {}"\n'));
  put('bad/proto.yaml', `${valid}__proto__:\n  polluted: true\n`);
  put('bad/bom.yaml', `\uFEFF${valid}`);
  put('bad/crlf.yaml', valid.replace(/\n/g, '\r\n').replace('level: 3\r\nduties', 'level: 9\r\nduties'));
  put('bad/invalid-utf8.yaml', new Uint8Array([...new TextEncoder().encode('code: x\nname: '), 0xc3, 0x28, 0x0a]));
  put('bad/empty.yaml', '');
  put('bad/binary.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  put('bad/huge.yaml', `a: "${'x'.repeat(20 * 1024 * 1024)}"\n`);
  put('bad/deep.yaml', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
  mkdirSync(join(dir, 'bad/loop'));
  symlinkSync(join(dir, 'bad'), join(dir, 'bad/loop/back'));
});

const json = (args: string[]) => {
  const r = compstd(['validate', ...args, '--format', 'json']);
  return { ...r, report: JSON.parse(r.stdout) as { findings: Array<{ file: string; ruleId: string; line: number; column: number; severity: string }>; files: string[] } };
};

describe('compstd validate on bad input', () => {
  it('gives each bad file a located finding, checks the good one, and exits 1 without crashing', () => {
    const { code, report, stderr } = json([dir]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const of = (name: string, ruleId: string) => report.findings.find((f) => f.file.endsWith(`bad/${name}`) && f.ruleId === ruleId);
    const expected: Record<string, [string, number, number]> = {
      // An unclosed [ is named where it opens (the parser gives up at 2:1).
      'syntax.yaml': ['yaml-syntax', 1, 7],
      'duplicate-key.yaml': ['yaml-duplicate-key', 113, 1],
      'alias-bomb.yaml': ['yaml-alias-bomb', 1, 1],
      'custom-tag.yaml': ['yaml-unknown-tag', 4, 7],
      'proto.yaml': ['schema', 113, 1],
      'bom.yaml': ['line-ends', 1, 1],
      'crlf.yaml': ['level-range', 30, 8],
      'invalid-utf8.yaml': ['invalid-utf8', 2, 7],
      'empty.yaml': ['empty-file', 1, 1],
      'binary.yaml': ['binary-file', 1, 5],
      'huge.yaml': ['file-too-large', 1, 1],
      'deep.yaml': ['yaml-too-deep', 1, expect.any(Number)],
    };
    for (const [name, [ruleId, line, column]] of Object.entries(expected)) {
      expect(of(name, ruleId), name).toMatchObject({ line, column });
    }
    // The good file is checked and clean; the symlink loop is walked once.
    expect(report.files.filter((f) => f.endsWith('ABC1234-001/v2.yaml'))).toHaveLength(1);
    expect(report.findings.filter((f) => f.file.endsWith('ABC1234-001/v2.yaml'))).toEqual([]);
    expect(report.files.filter((f) => f.endsWith('syntax.yaml'))).toHaveLength(1);
  });

  it('reads CRLF and BOM files right: their data and positions are those of the LF file', () => {
    const crlf = json([join(dir, 'bad/crlf.yaml')]).report.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    // The same positions as in the LF file: only the line ends differ (and the file's name).
    expect(crlf).toEqual(['line-ends@1:76', 'file-path@2:7', 'level-range@30:8']);
    const bom = json([join(dir, 'bad/bom.yaml')]).report.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(bom).toEqual(['line-ends@1:1', 'file-path@2:7']);
  });
});

describe('compstd validate exit codes and thresholds', () => {
  it('exits 0 on the bundled catalogue, 1 on errors, 0 on warnings unless asked', () => {
    expect(compstd(['validate']).code).toBe(0);
    expect(compstd(['validate', `${FIXTURES}rules/level-range`]).code).toBe(1);
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`]).code).toBe(0);
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`, '--fail-on', 'warning']).code).toBe(1);
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`, '--max-warnings', '0']).code).toBe(1);
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`, '--max-warnings', '1']).code).toBe(0);
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`, '--rule', 'code-gap=error']).code).toBe(1);
  });

  it('exits 2 on usage errors', () => {
    expect(compstd(['validate', 'no/such/file.yaml']).code).toBe(2);
    expect(compstd(['validate', '--rule', 'nope=off']).code).toBe(2);
    expect(compstd(['validate', '--format', 'xml']).code).toBe(2);
  });

  it('reads standard input and globs', () => {
    const r = compstd(['validate', '-', '--format', 'json'], { input: valid.replace('level: 3\nduties', 'level: 0\nduties') });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ file: '<stdin>', ruleId: 'level-range', line: 30, column: 8 });
    const g = compstd(['validate', 'test/fixtures/rules/*-gap/**/*.yaml', '--format', 'json']);
    expect(JSON.parse(g.stdout).files).toEqual(['test/fixtures/rules/code-gap/ABC1234-001/v2.yaml']);
  });
});

describe('compstd validate output formats', () => {
  const target = `${FIXTURES}rules/duplicate-code`;

  it('stylish: grouped by file, with a code frame and a summary', () => {
    expect(compstd(['validate', target]).stdout).toContain('1 個檔案中有 1 個有問題：錯誤 0、警告 2、提示 0');
    const r = compstd(['validate', target, '--lang', 'en']);
    expect(r.stdout).toContain('62:23  warning  P1.1.1 is used twice');
    expect(compstd(['validate', target]).stdout).toContain('62:23  警告  P1.1.1 用了兩次');
    expect(r.stdout).toContain('  > 62 |               - code: P1.1.1\n       |                       ^\n');
    expect(r.stdout).toContain('0 errors, 2 warnings, 0 infos in 1 of 1 file');
  });

  it('github: one annotation per finding and a summary', () => {
    const lines = compstd(['validate', target, '--format', 'github', '--lang', 'en']).stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^::warning file=.*duplicate-code\/ABC1234-001\/v2\.yaml,line=62,col=23,/);
    expect(lines.filter((l) => l.startsWith('::warning file='))).toHaveLength(2);
    expect(lines.at(-2)).toBe('::warning title=compstd validate::0 errors, 2 warnings, 0 infos in 1 of 1 file');
  });

  it('junit: well-formed XML with a failure per finding that fails the run (more in test/ci-formats.test.ts)', () => {
    const out = compstd(['validate', target, `${ROOT}standards/IIS3512-001`, '--format', 'junit', '--fail-on', 'warning']).stdout;
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(out) as { testsuites: { testsuite: Array<{ '@_failures': string }> } };
    expect(doc.testsuites.testsuite.map((s) => s['@_failures'])).toEqual(['2', '0']);
  });

  it('sarif: valid against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(`${FIXTURES}sarif/sarif-2.1.0-rtm.5.json`, 'utf8')) as object;
    const validateSarif = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    for (const args of [[target], [dir], [`${ROOT}standards`]]) {
      const log = JSON.parse(compstd(['validate', ...args, '--format', 'sarif']).stdout) as { runs: Array<{ results: unknown[] }> };
      expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    }
    const log = JSON.parse(compstd(['validate', target, '--format', 'sarif']).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }>;
    };
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['code-hierarchy', 'warning', 62],
      ['duplicate-code', 'warning', 62],
    ]);
  });
});

describe('compstd validate on many files', () => {
  it('gives the same findings on worker threads, on one thread, and from the cache', () => {
    const out = mkdtempSync(join(tmpdir(), 'compstd-many-'));
    execFileSync(process.execPath, [`${ROOT}bench/gen-catalog.mjs`, '180', out], { stdio: 'ignore' });
    // Break one file of the 540 so that findings come back from a worker.
    const victim = join(out, readdirSync(out).sort()[41]!, 'v2.yaml');
    writeFileSync(victim, readFileSync(victim, 'utf8').replace(/^level: [0-9]$/m, 'level: 8'));
    const env = { COMPSTD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'compstd-many-cache-')) };
    const runs = [
      compstd(['validate', out, '--jobs', '2', '--format', 'json', '--no-cache']),
      compstd(['validate', out, '--jobs', '1', '--format', 'json', '--no-cache']),
      compstd(['validate', out, '--format', 'json'], { env }),
      compstd(['validate', out, '--format', 'json'], { env }),
    ];
    for (const r of runs) expect(r.code).toBe(1);
    const reports = runs.map((r) => JSON.parse(r.stdout) as { files: string[]; findings: Array<{ ruleId: string }> });
    expect(reports[0]!.files).toHaveLength(540);
    expect(reports[0]!.findings.map((f) => f.ruleId)).toEqual(['level-range']);
    for (const r of runs.slice(1)) expect(r.stdout).toBe(runs[0]!.stdout);
  }, 90_000);
});

describe('compstd rules', () => {
  it('lists every rule with severity and docs', () => {
    const rows = JSON.parse(compstd(['rules', '--format', 'json']).stdout) as Array<{ id: string; severity: string; docs: string }>;
    expect(rows.map((r) => r.id)).toContain('cjk-space');
    const table = compstd(['rules', '--width', '120']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('│ code-gap ');
    expect(table.stdout).toContain('docs/rules/<規則>.md');
    expect(compstd(['rules', '--width', '120', '--lang', 'en']).stdout).toContain('docs/rules/<rule>.md');
  });
});
