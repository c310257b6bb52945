// compstd search and compare, end to end and golden.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compstd, ROOT } from './helpers.js';

describe('compstd search', () => {
  it('finds IIS3512-001 for 雲端', () => {
    const r = compstd(['search', '雲端']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('IIS3512-001v3');
    expect(r.stdout).toContain('«雲端»支援服務人員');
  });

  it('gives IDC3512-002\'s elements with their codes for 訊號監控', () => {
    const hits = JSON.parse(compstd(['search', '訊號監控', '--format', 'json']).stdout) as Array<{ standard: string; code: string; kind: string; text: string; match: [number, number] }>;
    expect(hits.map((h) => `${h.standard} ${h.code} ${h.kind}`)).toEqual([
      'IDC3512-002v2 O1.1.1 output',
      'IDC3512-002v2 P1.1.2 indicator',
      'IDC3512-002v2 S03 skill',
    ]);
    for (const h of hits) expect(h.text.slice(...h.match)).toBe('訊號監控');
  });

  it('folds full-width and half-width forms and ignores white space', () => {
    const a = JSON.parse(compstd(['search', '(Debug)回報', '--format', 'json']).stdout) as Array<{ code: string; text: string; match: [number, number] }>;
    expect(a.map((h) => h.code)).toEqual(['P2.3.2']);
    expect(a[0]!.text.slice(...a[0]!.match)).toBe('(Debug) 回報');
    const b = JSON.parse(compstd(['search', '高中（職）', '--format', 'json']).stdout) as Array<{ standard: string; kind: string }>;
    expect(b.map((h) => `${h.standard} ${h.kind}`)).toEqual(['IIS3512-001v3 qualification']);
  });

  it('narrows by kind and category, searches by regex, and lists history-only names with --all-versions', () => {
    const k = JSON.parse(compstd(['search', '概念', '--kind', 'knowledge', '--format', 'json']).stdout) as Array<{ kind: string }>;
    expect(k.length).toBeGreaterThan(3);
    expect(k.every((h) => h.kind === 'knowledge')).toBe(true);
    expect(JSON.parse(compstd(['search', '能力', '--category', 'IDC', '--format', 'json']).stdout).every((h: { standard: string }) => h.standard.startsWith('IDC'))).toBe(true);
    const re = JSON.parse(compstd(['search', '^K0[0-9]|除錯.*工具', '--regex', '--format', 'json']).stdout) as Array<{ code: string }>;
    expect(re.map((h) => h.code)).toContain('K09');
    const old = JSON.parse(compstd(['search', '雲端資訊', '--all-versions', '--format', 'json']).stdout) as Array<{ standard: string }>;
    expect(old.map((h) => h.standard)).toEqual(['IIS3512-001v1', 'IIS3512-001v2']);
    expect(compstd(['search', '(', '--regex']).code).toBe(2);
  });

  it('searches a changed file afresh, never the cache', () => {
    const cat = mkdtempSync(join(tmpdir(), 'compstd-search-'));
    cpSync(`${ROOT}standards`, cat, { recursive: true });
    const env = { COMPSTD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'compstd-search-cache-')), COMPSTD_CATALOG: cat };
    const count = () => (JSON.parse(compstd(['search', '區塊鏈', '--format', 'json'], { env }).stdout) as unknown[]).length;
    expect(count()).toBe(0);
    expect(count()).toBe(0); // now from the cache
    const file = join(cat, 'IIS3512-001/v3.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('K08\n    name: 軟體測試概念', 'K08\n    name: 區塊鏈測試概念'));
    expect(count()).toBe(1);
  });

  it('golden: text and csv', async () => {
    await expect(compstd(['search', '資訊', '--width', '60']).stdout).toMatchFileSnapshot('golden/query/search-資訊.txt');
    await expect(compstd(['search', '資訊', '--format', 'csv']).stdout).toMatchFileSnapshot('golden/query/search-資訊.csv');
  });
});

describe('compstd compare', () => {
  it('shows the attitudes IIS3512-001v3 and IDC3512-002v2 share, 主動積極 among them', () => {
    const r = compstd(['compare', 'IIS3512-001v3', 'IDC3512-002v2', '--width', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('態度 A：相同 3 項');
    expect(compstd(['compare', 'IIS3512-001v3', 'IDC3512-002v2', '--lang', 'en']).stdout).toContain('Attitudes A: 3 shared');
    expect(r.stdout).toMatch(/A01 主動積極\s+│ A01 主動積極/);
  });

  it('json: matches with each side\'s code, what only one has, an overlap per kind', () => {
    const c = JSON.parse(compstd(['compare', 'IIS3512-001', 'IDC3512-002', '--format', 'json']).stdout);
    expect(c.standards).toEqual(['IIS3512-001v3', 'IDC3512-002v2']);
    expect(c.summary.map((s: { kind: string; overlap: number }) => `${s.kind} ${s.overlap}`)).toEqual(['knowledge 0', 'skill 0.2', 'attitude 0.5']);
  });

  it('needs two standards with content', () => {
    expect(compstd(['compare', 'IIS3512-001v3']).code).toBe(2);
    expect(compstd(['compare', 'IIS3512-001v3', 'IIS3512-001v2']).code).toBe(2);
    expect(compstd(['compare', 'IIS3512-001v3', 'IDC3512-002v2', '--threshold', '2']).code).toBe(2);
  });

  it('golden: every format', async () => {
    for (const [format, ext] of [['text', 'txt'], ['markdown', 'md'], ['json', 'json'], ['csv', 'csv']] as const) {
      await expect(compstd(['compare', 'IIS3512-001v3', 'IDC3512-002v2', '--format', format, '--width', '100', '--threshold', '0.5']).stdout).toMatchFileSnapshot(
        `golden/query/compare.${ext}`,
      );
    }
  });
});
