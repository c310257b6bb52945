// End-to-end: the built bin, as `npx compstd` runs it.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compstd, FIXTURES, ROOT } from './helpers.js';

// eslint-disable-next-line no-control-regex -- an ANSI escape is what we look for
const ANSI = /\u001b\[[0-9;]*m/;

describe('compstd show', () => {
  it('prints the whole of IIS3512-001v3: 4 tasks, K01–K09, S01–S09, A01–A06', () => {
    const r = compstd(['show', 'IIS3512-001v3', '--width', '100']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const code of ['T1.1', 'T1.2', 'T2.1', 'T2.2']) expect(r.stdout).toContain(code);
    for (let i = 1; i <= 9; i++) {
      expect(r.stdout).toContain(`K0${i}`);
      expect(r.stdout).toContain(`S0${i}`);
    }
    for (let i = 1; i <= 6; i++) expect(r.stdout).toContain(`A0${i}`);
    expect(r.stdout).toContain('雲端支援服務人員');
    expect(r.stdout).toContain('K09 除錯流程與工具使用知識');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('resolves the bare code to the latest version, case-insensitively', () => {
    const a = compstd(['show', 'iis3512-001', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).code).toBe('IIS3512-001v3');
  });

  it('--format json is the standard file, every text and code', () => {
    for (const [ref, path] of [
      ['IIS3512-001v3', 'standards/IIS3512-001/v3.yaml'],
      ['IDC3512-002v2', 'standards/IDC3512-002/v2.yaml'],
    ] as const) {
      const r = compstd(['show', ref, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(parse(readFileSync(`${ROOT}${path}`, 'utf8')));
    }
  });

  it('shows what the version table says of a history-only version, and that its content is not here', () => {
    const r = compstd(['show', 'IIS3512-001v2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('雲端資訊服務人員');
    expect(r.stdout).toContain('2020/12/21');
    expect(r.stdout).toContain('IIS3512-001v3');
    expect(r.stdout).toContain('內容未收錄');
    const j = JSON.parse(compstd(['show', 'IIS3512-001v2', '--format', 'json']).stdout);
    expect(j).toMatchObject({ code: 'IIS3512-001v2', name: '雲端資訊服務人員', status: 'historical', content: null, replacedBy: 'IIS3512-001v3' });
  });

  it('prints only the sections asked for', () => {
    const r = compstd(['show', 'IDC3512-002v2', '--section', 'attitudes', '--format', 'json']);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['attitudes']);
    const t = compstd(['show', 'IDC3512-002v2', '-s', 'header']);
    expect(t.stdout).toContain('J6020');
    expect(t.stdout).not.toContain('A01');
  });

  it('reads a path and standard input', () => {
    const path = `${FIXTURES}catalog-mixed/ABC1234-001/v2.yaml`;
    expect(JSON.parse(compstd(['show', path, '--format', 'json']).stdout).code).toBe('ABC1234-001v2');
    const r = compstd(['show', '-', '--format', 'json'], { input: readFileSync(path, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).name).toBe('測試工程人員');
  });

  it('exits 2 with the closest matches for an unknown reference', () => {
    const r = compstd(['show', 'IIS3512-010v3']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No standard matches "IIS3512-010v3"');
    expect(r.stderr).toContain('IIS3512-001v3');
  });

  it('exits 2 naming file:line:col for a broken file, without a stack trace', () => {
    for (const [file, where] of [
      ['bad/not-yaml.yaml', 'not-yaml.yaml:1:7:'],
      ['bad/schema-broken.yaml', 'schema-broken.yaml:3:10: version 必須是整數'],
      ['bad/empty.yaml', 'empty.yaml:1:1: 檔案是空的'],
    ] as const) {
      const r = compstd(['show', `test/fixtures/${file}`]);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toContain(where);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('colours only when asked or on a terminal', () => {
    expect(compstd(['show', 'IIS3512-001v3', '-s', 'header'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(compstd(['show', 'IIS3512-001v3', '-s', 'header', '--color']).stdout).toMatch(ANSI);
    expect(compstd(['show', 'IIS3512-001v3', '-s', 'header', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(compstd(['show', 'IIS3512-001v3', '-s', 'header'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
});

describe('compstd list', () => {
  it('lists 5 versions of 2 standards with --all-versions', () => {
    const r = compstd(['list', '--all-versions', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ code: string; content: boolean; status: string }>;
    expect(rows.map((x) => `${x.code}:${x.content ? 'content' : 'history'}:${x.status}`)).toEqual([
      'IDC3512-002v1:history:historical',
      'IDC3512-002v2:content:current',
      'IIS3512-001v1:history:historical',
      'IIS3512-001v2:history:historical',
      'IIS3512-001v3:content:current',
    ]);
  });

  it('filters, and prints a table and CSV', () => {
    const t = compstd(['list', '--category', 'IDC', '--width', '120']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('IDC3512-002');
    expect(t.stdout).not.toContain('IIS3512-001');
    const csv = compstd(['list', '--name', '雲端', '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toMatch(/^\uFEFF職能基準代碼,版本,職能基準名稱,狀態,/);
    expect(csv[1]).toMatch(/^IIS3512-001v3,3,雲端支援服務人員,最新版本,2024-12-15,2,/);
    const en = compstd(['list', '--name', '雲端', '--format', 'csv', '--lang', 'en']).stdout.split('\r\n');
    expect(en[0]).toMatch(/^\uFEFFCode,Version,Name,Status,/);
    expect(en[1]).toMatch(/^IIS3512-001v3,3,雲端支援服務人員,current,2024-12-15,2,/);
  });

  it('skips a broken file of a catalogue, says why, and lists the rest', () => {
    const r = compstd(['list', '--format', 'json'], { env: { COMPSTD_CATALOG: `${FIXTURES}catalog-mixed` } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { code: string }) => x.code)).toEqual(['ABC1234-001v2']);
    expect(r.stderr).toMatch(/略過 .*XYZ9999-001\/v1\.yaml:2:1：文件 缺少必要的屬性/);
    const c = compstd(['list', '--catalog', `${FIXTURES}catalog-mixed`, '--format', 'json']);
    expect(JSON.parse(c.stdout)).toHaveLength(1);
    const en = compstd(['--lang', 'en', 'search', '雲端', '--catalog', `${FIXTURES}catalog-mixed`]);
    expect(en.stderr).toMatch(/^compstd: skipped .*XYZ9999-001\/v1\.yaml:2:1: /m);
    expect(en.stderr).not.toMatch(/略過|文件/);
  });
});

describe('the cache of parsed files', () => {
  it('gives the same output cold, warm and with --no-cache', () => {
    const env = { COMPSTD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'compstd-c-')) };
    const cold = compstd(['show', 'IDC3512-002v2', '--format', 'json'], { env });
    const warm = compstd(['show', 'IDC3512-002v2', '--format', 'json'], { env });
    const none = compstd(['--no-cache', 'show', 'IDC3512-002v2', '--format', 'json'], { env: { ...env, COMPSTD_CACHE_DIR: '/nonexistent/x' } });
    expect(readdirSync(env.COMPSTD_CACHE_DIR, { recursive: true }).some((f) => String(f).endsWith('.json'))).toBe(true);
    expect(warm.stdout).toBe(cold.stdout);
    expect(none.stdout).toBe(cold.stdout);
    expect(none.code).toBe(0);
  });
});

describe('usage', () => {
  it('prints help with examples, exit 0', () => {
    for (const args of [['--help'], ['show', '--help'], ['list', '--help']]) {
      const r = compstd(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
  });

  it('exits 2 on unknown options, commands and values', () => {
    for (const args of [['show'], ['show', 'IIS3512-001v3', '--format', 'pdf'], ['list', '--bogus'], ['frobnicate'], ['show', 'IIS3512-001v3', '--width', 'x'], ['--catalog', '/nonexistent', 'list']]) {
      const r = compstd(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toBe('');
    }
  });

  it('prints its version, the one in package.json', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(compstd(['--version']).stdout.trim()).toBe(pkg.version);
  });
});
