// The one output path, as a user meets it on the built bin: every text format of every command
// fits the width in both languages, tables go one record per line into a pipe, every CSV has a
// BOM and guards formulas, no control character of the data reaches the terminal, Markdown
// tables keep their rows, --format md works wherever markdown does, bad values are usage errors.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import MarkdownIt from 'markdown-it';
import { parse as parseCsv } from 'csv-parse/sync';
import { compstd, FIXTURES, markdownTableRows, ROOT } from './helpers.js';

const HOSTILE = `${FIXTURES}hostile`;
const ESC = String.fromCharCode(0x1b);
/** What must not reach a terminal from the data: C0 but LF, DEL, C1, the bidi overrides. */
const UNSAFE = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(9)}${String.fromCharCode(0x0b)}-${String.fromCharCode(0x1f)}\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]`);

/** The text-format runs of every command. */
const TEXT_RUNS: ReadonlyArray<readonly string[]> = [
  ['show', 'IIS3512-001v3'],
  ['show', 'IDC3512-002v2'],
  ['show', 'IIS3512-001v2'],
  ['list', '--all-versions'],
  ['rules'],
  ['search', '雲端'],
  ['compare', 'IIS3512-001v3', 'IDC3512-002v2'],
  ['diff', 'IDC3512-002v2', `${FIXTURES}diff/mixed-idc.yaml`],
  ['diff', 'IIS3512-001'],
  ['validate', `${FIXTURES}rules/code-gap`, `${FIXTURES}rules/cjk-space`, `${FIXTURES}bad/not-yaml.yaml`],
  ['coverage', `${ROOT}docs/examples/IIS3512-001v3.course.yaml`],
  ['impact', `${ROOT}docs/examples/IIS3512-001v3.course.yaml`, '--to', 'IIS3512-001v2'],
];

describe('every text output fits the width', () => {
  for (const lang of ['zh-Hant', 'en'] as const) {
    for (const args of TEXT_RUNS) {
      it(`${args.join(' ').replace(FIXTURES, '')} (${lang}) at 40, 60, 80 and 120 columns`, () => {
        for (const width of [40, 60, 80, 120]) {
          const r = compstd([...args, '--width', String(width), '--lang', lang]);
          expect(r.code, r.stderr).toBeLessThanOrEqual(1);
          expect(r.stdout.length).toBeGreaterThan(0);
          for (const line of r.stdout.split('\n')) expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
        }
      });
    }
  }

  it('COLUMNS gives the width when no --width is given', () => {
    for (const args of [['list', '--all-versions'], ['show', 'IIS3512-001v3'], ['compare', 'IIS3512-001v3', 'IDC3512-002v2']]) {
      const r = compstd(args, { env: { COLUMNS: '60' } });
      for (const line of r.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    }
  });
});

describe('tables into a pipe', () => {
  it('put each record on one line, so that grep finds it whole with its code', () => {
    const r = compstd(['list']);
    const hit = r.stdout.split('\n').filter((l) => l.includes('工程助理'));
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatch(/^IDC3512-002v2 .*3512 .*J6020 .*2025\/12\/15$/);
    const rules = compstd(['rules']).stdout.split('\n').filter((l) => l.startsWith('code-gap '));
    expect(rules).toHaveLength(1);
  });
});

describe('CSV', () => {
  const runs: ReadonlyArray<readonly string[]> = [
    ['list', '--all-versions'],
    ['search', '1'],
    ['search', '資訊'],
    ['compare', 'IIS3512-001v3', 'IIS3512-001v3'],
    ['rules'],
    ['diff', `${ROOT}standards/IIS3512-001/v3.yaml`, `${HOSTILE}/IIS3512-001/v3.yaml`],
    ['export', 'IIS3512-001v3', '--matrix', 'knowledge'],
    ['export', 'IIS3512-001v3', '--matrix', 'attitudes'],
    ['coverage', `${ROOT}docs/examples/IIS3512-001v3.course.yaml`],
  ];
  it.each(runs)('%s %s … starts with a BOM and no cell can run as a formula', (...args) => {
    const r = compstd([...args, '--format', 'csv', '--catalog', HOSTILE]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(r.stdout.slice(1), { relax_column_count: true }) as string[][];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[\s\u3000]*[=+\-@＝＋－＠]/);
  });

  it('the hostile texts are there, neutralised', () => {
    const out = compstd(['search', 'HYPERLINK', '--format', 'csv', '--catalog', HOSTILE]).stdout;
    expect(out).toContain(`'=HYPERLINK(`);
    expect(compstd(['search', '1+1', '--format', 'csv', '--catalog', HOSTILE]).stdout).toContain(`'＝1+1`);
  });

  it('a quote, a CR or a LF is refused as the delimiter, with exit 2', () => {
    for (const d of ['"', '\r', '\n', ';;']) {
      const r = compstd(['list', '--format', 'csv', '--delimiter', d]);
      expect(r.code, d).toBe(2);
      expect(r.stderr).not.toMatch(/internal error/);
    }
    expect(compstd(['list', '--format', 'csv', '--delimiter', ';']).stdout.split('\r\n')[0]).toContain(';');
  });
});

describe('terminal output', () => {
  const runs: ReadonlyArray<readonly string[]> = [
    ['show', 'IIS3512-001v3'],
    ['list'],
    ['search', '雲端'],
    ['search', '紅字'],
    ['compare', 'IIS3512-001v3', 'IIS3512-001v3'],
    ['diff', `${ROOT}standards/IIS3512-001/v3.yaml`, 'IIS3512-001v3'],
    ['coverage', `${ROOT}docs/examples/IIS3512-001v3.course.yaml`],
    ['impact', `${ROOT}docs/examples/IIS3512-001v3.course.yaml`, '--to', `${ROOT}standards/IIS3512-001/v3.yaml`],
  ];
  it.each(runs)('%s %s … carries no control character of the data, in colour or not', (...args) => {
    for (const env of [{}, { FORCE_COLOR: '1' }] as Array<Record<string, string>>) {
      const r = compstd([...args, '--catalog', HOSTILE], { env });
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
      // Our own colours are SGR sequences; nothing else may be a control character.
      const rest = r.stdout.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '');
      expect(rest).not.toMatch(UNSAFE);
    }
    expect(compstd(['show', 'IIS3512-001v3', '--catalog', HOSTILE]).stdout).toContain('\\x1b[31m紅字');
  });
});

describe('Markdown', () => {
  const runs: ReadonlyArray<readonly string[]> = [
    ['show', 'IIS3512-001v3'],
    ['list'],
    ['search', 'script'],
    ['search', '紅字'],
    ['compare', 'IIS3512-001v3', `${ROOT}standards/IDC3512-002/v2.yaml`],
    ['rules'],
    ['diff', `${ROOT}standards/IIS3512-001/v3.yaml`, 'IIS3512-001v3'],
    ['export', 'IIS3512-001v3'],
    ['coverage', `${ROOT}docs/examples/IIS3512-001v3.course.yaml`],
    ['impact', `${ROOT}docs/examples/IIS3512-001v3.course.yaml`, '--to', `${ROOT}standards/IIS3512-001/v3.yaml`],
  ];
  it.each(runs)('%s %s … --format md: no HTML from the data, every table row as wide as its header', (...args) => {
    const r = compstd([...args, '--format', 'md', '--catalog', HOSTILE]);
    expect(r.code, r.stderr).toBe(0);
    const tokens = new MarkdownIt({ html: true }).parse(r.stdout, {});
    const html = tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type === 'html_inline' || t.type === 'html_block');
    expect(html.map((t) => t.content).filter((c) => !/^<\/?(del|ins|br)>$/.test(c))).toEqual([]);
    for (const rows of markdownTableRows(tokens)) for (const cells of rows) expect(cells).toBe(rows[0]);
  });

  it('a lone CR in a cell does not end the table row', () => {
    const out = compstd(['show', 'IIS3512-001v3', '--format', 'md', '--catalog', HOSTILE]).stdout;
    expect(out).toContain('依組織目標<br>與使用者 \\| 需求');
  });
});

describe('language', () => {
  it('validate speaks Chinese by default, English with --lang en or COMPSTD_LANG=en', () => {
    const zh = compstd(['validate', `${FIXTURES}rules/code-gap`]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/警告/);
    expect(zh.stdout).toMatch(/個檔案中有/);
    const en = compstd(['validate', `${FIXTURES}rules/code-gap`, '--lang', 'en']);
    expect(en.stdout).toMatch(/warning/);
    expect(en.stdout).toMatch(/in 1 of 1 file/);
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`], { env: { COMPSTD_LANG: 'en' } }).stdout).toBe(en.stdout);
    expect(compstd(['list', '--lang', 'fr']).code).toBe(2);
  });

  it('the text diff in both languages, major changes marked', () => {
    const args = ['diff', `${ROOT}standards/IIS3512-001/v3.yaml`, `${FIXTURES}diff/removed-knowledge.yaml`, '--width', '200'];
    expect(compstd(args).stdout).toContain('-!【重大】刪除 知識 K06 職業安全與衛生相關規範');
    const en = compstd([...args, '--lang', 'en']).stdout;
    expect(en).toContain('-![major] removed Knowledge K06 職業安全與衛生相關規範');
    expect(en).toContain('major 1 · minor 0 · patch 3');
    expect(en).not.toMatch(/【重大】|刪除 知識|重大 major|重新編碼/);
  });

  it('summaries and empty results in both languages', () => {
    expect(compstd(['search', 'zzzzqqq']).stdout).toBe('找不到符合的內容。\n');
    expect(compstd(['search', 'zzzzqqq', '--lang', 'en']).stdout).toBe('No matches.\n');
    expect(compstd(['list']).stdout).toMatch(/共 2 項職能基準、2 個版本\n$/);
    expect(compstd(['list', '--lang', 'en']).stdout).toMatch(/2 versions of 2 standards\n$/);
  });
});

describe('formats and options', () => {
  it('--format md wherever markdown is, and text is the default name everywhere', () => {
    for (const args of [['show', 'IIS3512-001v3'], ['list'], ['rules'], ['search', '雲端'], ['compare', 'IIS3512-001v3', 'IDC3512-002v2'], ['diff', 'IIS3512-001']]) {
      expect(compstd([...args, '--format', 'md']).code, args.join(' ')).toBe(0);
      expect(compstd([...args, '--format', 'text']).code, args.join(' ')).toBe(0);
    }
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`, '--format', 'text']).code).toBe(0);
    expect(compstd(['validate', `${FIXTURES}rules/code-gap`, '--format', 'stylish']).code).toBe(0);
    expect(compstd(['list', '--format', 'table']).code).toBe(0);
  });

  it('-o writes the document whole on every command that prints one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compstd-o-'));
    for (const [args, file] of [
      [['show', 'IIS3512-001v3', '--format', 'md'], 'show.md'],
      [['list', '--format', 'csv'], 'list.csv'],
      [['search', '雲端', '--format', 'json'], 'search.json'],
      [['compare', 'IIS3512-001v3', 'IDC3512-002v2'], 'compare.txt'],
      [['diff', 'IIS3512-001', '--format', 'csv'], 'diff.csv'],
      [['rules', '--format', 'md'], 'rules.md'],
      [['validate', `${FIXTURES}rules/code-gap`, '--format', 'sarif'], 'validate.sarif'],
    ] as const) {
      const r = compstd([...args, '-o', join(dir, file)]);
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
      expect(r.stdout).toBe('');
      expect(readFileSync(join(dir, file), 'utf8').length).toBeGreaterThan(10);
      expect(readFileSync(join(dir, file), 'utf8')).not.toContain(`${ESC}[`);
    }
  });

  it('usage errors speak the reader\'s language, commander\'s own included', () => {
    const zh = compstd(['compare', 'IIS3512-001v3', 'IDC3512-002v2', '--threshold', '2']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('錯誤：選項 -t, --threshold <score> 的值「2」無效。請給大於 0、不超過 1 的數字，例如 0.6。');
    expect(zh.stderr).toContain('（加上 --help 查看用法）');
    expect(compstd(['list', '--frob']).stderr).toContain('錯誤：沒有 --frob 這個選項');
    expect(compstd(['shw']).stderr).toMatch(/錯誤：沒有 shw 這個指令\n（是否要用 show？）/);
    const en = compstd(['--lang', 'en', 'compare', 'IIS3512-001v3', 'IDC3512-002v2', '--threshold', '2']);
    expect(en.stderr).toContain("error: option '-t, --threshold <score>' argument '2' is invalid. Give a number above 0 and at most 1, e.g. 0.6.");
    expect(compstd(['list', '--frob'], { env: { COMPSTD_LANG: 'en' } }).stderr).toContain("error: unknown option '--frob'");
  });

  it('a bad option value is a usage error: exit 2, a usage message, never an internal error', () => {
    for (const args of [
      ['compare', 'IIS3512-001v3', 'IDC3512-002v2', '--threshold', '2'],
      ['compare', 'IIS3512-001v3', 'IDC3512-002v2', '--threshold', 'x'],
      ['list', '--format', 'pdf'],
      ['show', 'IIS3512-001v3', '--width', '5'],
      ['export', 'IIS3512-001v3', '--matrix', 'attitudes', '--layout', 'long'],
      ['export', 'IIS3512-001v3', '--format', 'xlsx'],
    ]) {
      const r = compstd(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(/internal error| {4}at /);
    }
  });
});

describe('long texts', () => {
  it('a 1 MB text cell and a 200,000-character word go through show and diff, every line within the width', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compstd-long-'));
    mkdirSync(join(dir, 'IIS3512-001'));
    const source = readFileSync(`${ROOT}standards/IIS3512-001/v3.yaml`, 'utf8');
    const long = '依組織目標與使用者需求，進行雲端產品支援服務作業。'.repeat(14_000);
    const word = 'x'.repeat(200_000);
    const file = join(dir, 'IIS3512-001', 'v3.yaml');
    writeFileSync(file, source.replace('description: 依組織目標與使用者需求，進行雲端產品支援服務作業。', `description: ${long}`).replace('name: 雲端產品概念', `name: ${word}`));
    const show = compstd(['show', file, '--width', '80']);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout.length).toBeGreaterThan(1_000_000);
    for (const line of show.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    const diff = compstd(['diff', `${ROOT}standards/IIS3512-001/v3.yaml`, file, '--width', '80']);
    expect(diff.code, diff.stderr).toBe(0);
    for (const line of diff.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });
});
