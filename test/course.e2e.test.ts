// Course mapping files end to end on the built bin: coverage in every format, validate's located
// findings, impact against a v4 made here by editing a copy of IIS3512-001v3, migrate, and the
// course template → filled in → imported back.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as XLSX from '@e965/xlsx';
import { compstd, ROOT } from './helpers.js';

const EXAMPLE = `${ROOT}docs/examples/IIS3512-001v3.course.yaml`;
const dir = mkdtempSync(join(tmpdir(), 'compstd-course-'));

/** A catalogue with v3 and a v4: K09 renumbered K10, S06 removed, K02 reworded, T2.3 added, T2.2's level 3 → 4. */
function catalogWithV4(): string {
  const cat = join(dir, 'cat');
  cpSync(`${ROOT}standards`, cat, { recursive: true });
  let s = readFileSync(`${ROOT}standards/IIS3512-001/v3.yaml`, 'utf8');
  s = s.replace('code: IIS3512-001v3\nversion: 3', 'code: IIS3512-001v4\nversion: 4');
  s = s.replace('versions:\n', 'versions:\n  - version: 4\n    code: IIS3512-001v4\n    name: 雲端支援服務人員\n    status: current\n    note: 略\n    date: "2027-01-01"\n');
  s = s.replace('    code: IIS3512-001v3\n    name: 雲端支援服務人員\n    status: current', '    code: IIS3512-001v3\n    name: 雲端支援服務人員\n    status: historical');
  s = s.replaceAll('K09', 'K10').replace('skills: [S01, S03, S05, S06, S07]', 'skills: [S01, S03, S05, S07]').replace('  - code: S06\n    name: 簡報製作能力\n', '');
  s = s.replace('name: 雲端產品概念', 'name: 雲端產品與服務概念').replace('          - level: 3\n', '          - level: 4\n');
  s = s.replace(
    'knowledge:\n  - code: K01',
    '      - code: T2.3\n        title: 彙整常見問題知識庫\n        outputs: []\n        rows:\n          - level: 3\n            indicators:\n              - code: P2.3.1\n                text: 彙整問題處理紀錄，建立常見問題知識庫。\n            knowledge: [K07]\n            skills: [S02]\nknowledge:\n  - code: K01',
  );
  writeFileSync(join(cat, 'IIS3512-001', 'v4.yaml'), s);
  return cat;
}
const CAT = catalogWithV4();

describe('coverage', () => {
  it('json: every item with its units, shares per kind, the gap (A05) first', () => {
    const r = compstd(['coverage', EXAMPLE, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.items[0]).toMatchObject({ kind: 'attitudes', code: 'A05', units: [] });
    expect(c.items.find((i: { code: string }) => i.code === 'K02').units).toEqual(['U1', 'U3', 'U4']);
    expect(c.kinds.map((k: { kind: string; covered: number; total: number }) => [k.kind, k.covered, k.total])).toEqual([['tasks', 4, 4], ['knowledge', 9, 9], ['skills', 9, 9], ['attitudes', 5, 6]]);
    expect(c.total).toEqual({ covered: 27, total: 28, percent: 96.4 });
  });

  it('--fail-under fails below the share and passes at it', () => {
    expect(compstd(['coverage', EXAMPLE, '--fail-under', '97']).code).toBe(1);
    expect(compstd(['coverage', EXAMPLE, '--fail-under', '96']).code).toBe(0);
    expect(compstd(['coverage', EXAMPLE, '--fail-under', '120']).code).toBe(2);
  });

  it('csv, markdown and text in English name the gap', () => {
    const csv = compstd(['coverage', EXAMPLE, '--format', 'csv']).stdout;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[1]).toBe('attitudes,A05,應對不確定性,no,');
    expect(compstd(['coverage', EXAMPLE, '--format', 'md']).stdout).toMatch(/\| 態度 \| A05 \| 應對不確定性 \| （無） \|/);
    expect(compstd(['coverage', EXAMPLE, '--lang', 'en', '--width', '80']).stdout).toContain('1 gaps (covered by no unit), listed first');
  });

  it('xlsx, read back by an independent reader: information, units × codes with ●, the summary', () => {
    const out = join(dir, 'coverage.xlsx');
    const r = compstd(['coverage', EXAMPLE, '-f', 'xlsx', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['基準資訊', '涵蓋矩陣', '涵蓋摘要']);
    const info = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['基準資訊']!, { header: 1 });
    expect(info[0]).toEqual(['職能基準代碼', 'IIS3512-001v3']);
    const grid = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['涵蓋矩陣']!, { header: 1, defval: '' });
    const k02 = grid[0]!.indexOf('K02');
    expect(grid.slice(2).filter((row) => row[k02] === '●').map((row) => row[0])).toEqual(['U1', 'U3', 'U4']);
    const a05 = grid[0]!.indexOf('A05');
    expect(grid.slice(2).every((row) => row[a05] === '')).toBe(true);
  });
});

describe('validate on mapping files', () => {
  it('locates a code the standard lacks, an empty unit and a standard known only from a version table', () => {
    const bad = join(dir, 'bad.course.yaml');
    const text = readFileSync(EXAMPLE, 'utf8').replace('knowledge: [K03, K04, K06]', 'knowledge: [K03, K44, K06]').replace('  - id: U6\n    title: 綜合演練與評量\n    hours: 6\n    tasks: [T2.1, T2.2]\n    skills: [S03]\n    attitudes: [A01]\n', '  - id: U6\n    title: 綜合演練與評量\n    hours: 6\n');
    writeFileSync(bad, text);
    const r = compstd(['validate', bad, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings ?? JSON.parse(r.stdout);
    const flat = (Array.isArray(findings) ? findings : findings.files?.flatMap((f: { findings: unknown[] }) => f.findings) ?? []) as Array<{ ruleId: string; line: number }>;
    const line = text.split('\n').findIndex((l) => l.includes('K44')) + 1;
    expect(flat.find((f) => f.ruleId === 'course-unknown-code')?.line).toBe(line);
    expect(flat.some((f) => f.ruleId === 'course-empty-unit')).toBe(true);
    writeFileSync(bad, readFileSync(EXAMPLE, 'utf8').replace('standard: IIS3512-001v3', 'standard: IIS3512-001v2'));
    const h = compstd(['validate', bad, '--lang', 'en']);
    expect(h.code).toBe(1);
    expect(h.stdout).toContain('IIS3512-001v2 is known only from a version table');
  });
});

describe('impact and migrate against a v4', () => {
  it('ties each change to the units it touches, what needs a person first', () => {
    const r = compstd(['impact', EXAMPLE, '--to', 'IIS3512-001v4', '--format', 'json', '--catalog', CAT]);
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    const brief = d.items.map((i: { action: string; fromCode?: string; toCode?: string; units: string[] }) => [i.action, i.fromCode ?? null, i.toCode ?? null, i.units]);
    expect(brief.slice(0, 5)).toEqual([
      ['review', 'S06', null, ['U4']],
      ['level', 'T2.2', 'T2.2', ['U5', 'U6']],
      ['gap', null, 'T2.3', []],
      ['check-wording', 'K02', 'K02', ['U1', 'U3', 'U4']],
      ['migrate', 'K09', 'K10', ['U5']],
    ]);
    for (const f of ['text', 'markdown']) expect(compstd(['impact', EXAMPLE, '--to', 'IIS3512-001v4', '--format', f, '--catalog', CAT]).stdout).toContain('K09 → K10');
    expect(compstd(['impact', EXAMPLE, '--to', 'IIS3512-001v4', '--fail-on', 'major', '--catalog', CAT]).code).toBe(1);
  });

  it('says plainly when REF is known only from a version table', () => {
    const r = compstd(['impact', EXAMPLE, '--to', 'IIS3512-001v2', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('IIS3512-001v2 is known only from a version table');
  });

  it('migrate rewrites the renumbered code, flags the removed one, and the result validates against v4', () => {
    const out = join(dir, 'v4.course.yaml');
    const r = compstd(['migrate', EXAMPLE, '--to', 'IIS3512-001v4', '-o', out, '--catalog', CAT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('S06');
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/course.schema.json');
    expect(text).toMatch(/# 待複查：單元 U4 的 S06/);
    const m = parseYaml(text);
    expect(m.standard).toBe('IIS3512-001v4');
    expect(m.units[4].knowledge).toEqual(['K06', 'K08', 'K10']);
    expect(m.units[3].skills).toEqual(['S03', 'S05', 'S07']);
    const v = compstd(['validate', out, '--catalog', CAT]);
    expect(v.code, v.stdout).toBe(0);
  });
});

describe('course template → filled → imported', () => {
  for (const ext of ['csv', 'xlsx'] as const) {
    it(`${ext}: gives the mapping back`, () => {
      const file = join(dir, `template.${ext}`);
      const r = compstd(['export', 'IIS3512-001v3', '--format', 'course-template', '-o', file]);
      expect(r.code, r.stderr).toBe(0);
      // Fill it in as a person would, with an independent reader and writer.
      const wb = XLSX.read(readFileSync(file), { type: 'buffer', raw: true });
      const ws = wb.Sheets[wb.SheetNames[0]!]!;
      const rows = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: '', raw: false });
      const example = parseYaml(readFileSync(EXAMPLE, 'utf8'));
      const header = rows[5]!;
      rows[1]![1] = example.course.title;
      rows[2]![1] = example.course.provider;
      rows[3]![1] = String(example.course.hours);
      example.units.forEach((u: Record<string, unknown>, i: number) => {
        const row = rows[7 + i]!;
        row[0] = u.id as string;
        row[1] = u.title as string;
        row[2] = String(u.hours);
        row[3] = typeof u.level === 'number' ? String(u.level) : '';
        for (const kind of ['tasks', 'knowledge', 'skills', 'attitudes']) for (const code of (u[kind] as string[] | undefined) ?? []) row[header.indexOf(code)] = '●';
      });
      const filled = XLSX.utils.aoa_to_sheet(rows.slice(0, 7 + example.units.length));
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, filled, 'course');
      const back = join(dir, `filled.${ext}`);
      if (ext === 'csv') writeFileSync(back, `\ufeff${XLSX.utils.sheet_to_csv(filled)}`);
      else writeFileSync(back, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
      const imported = compstd(['import', back]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(parseYaml(imported.stdout)).toEqual(example);
    });
  }
});

describe('hostile mapping data', () => {
  it('a unit id with control characters never reaches the terminal; a title like a formula stays text in the workbook', () => {
    const file = join(dir, 'hostile.course.yaml');
    const text = readFileSync(EXAMPLE, 'utf8').replace('id: U4', 'id: "U4\\e[31m"').replace('title: 資訊技術趨勢與雲端產品概論', 'title: "=HYPERLINK(\\"http://x\\")"');
    writeFileSync(file, text);
    const m = compstd(['migrate', file, '--to', 'IIS3512-001v4', '-o', join(dir, 'h4.yaml'), '--catalog', CAT]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('U4\\x1b[31m');
    expect(m.stderr).not.toContain('\u001b');
    const out = join(dir, 'hostile.xlsx');
    expect(compstd(['coverage', file, '-f', 'xlsx', '-o', out]).code).toBe(0);
    const ws = XLSX.read(readFileSync(out), { cellFormula: true }).Sheets['涵蓋矩陣']!;
    const cell = Object.values(ws).find((c: { v?: unknown }) => typeof c === 'object' && c !== null && c.v === '=HYPERLINK("http://x")') as { f?: string; t: string } | undefined;
    expect(cell).toBeDefined();
    expect(cell!.f).toBeUndefined();
    expect(cell!.t).toBe('s');
  });
});
