import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import type { PublishedEntry } from '../../model/entry.js';
import type { Standard } from '../../model/schema.js';
import { documentLayout, tableGrid, TEXT_WIDTH, type DocTable } from './layout.js';

const ROOT = new URL('../../../', import.meta.url);
const entry = (path: string): PublishedEntry => {
  const standard = load(readFileSync(new URL(path, ROOT), 'utf8')) as Standard;
  return { kind: 'published', base: standard.code.replace(/v[0-9]+$/, ''), version: standard.version, file: path, standard };
};
const tables = (e: PublishedEntry) => documentLayout(e).blocks.filter((b): b is DocTable => b.kind === 'table');
const texts = (t: DocTable) => tableGrid(t).map((row) => row.map((s) => ('cell' in s ? s.cell.lines.join('|') : s.covered === 'row' ? '^' : '<')));

describe('the document layout', () => {
  it('has the version, header and task tables, each as wide as the text', () => {
    const [versions, header, tasks] = tables(entry('standards/IIS3512-001/v3.yaml'));
    for (const t of [versions!, header!, tasks!]) expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(TEXT_WIDTH, 0);
    expect(texts(versions!)[1]).toEqual(['V3', 'IIS3512-001v3', '雲端支援服務人員', '最新版本', '略', '2024/12/15']);
    expect(texts(header!).slice(0, 4)).toEqual([
      ['職能基準代碼', '<', 'IIS3512-001v3', '<', '<'],
      ['職能基準名稱|(擇一填寫)', '職類', '', '<', '<'],
      ['^', '職業', '雲端支援服務人員', '<', '<'],
      ['所屬類別', '職類別', '資訊科技 / 資訊支援與服務', '職類別代碼', 'IIS'],
    ]);
    expect(tasks!.rows[0]!.header).toBe(true);
  });

  it('merges a duty over its tasks\' rows and a task over its levels', () => {
    const tasks = tables(entry('standards/IIS3512-001/v3.yaml'))[2]!;
    const grid = texts(tasks);
    expect(grid[1]!.slice(0, 2)).toEqual(['T1 雲端系統環境檢視', 'T1.1 辨識現有系統環境架構']);
    expect(grid[2]!.slice(0, 2)).toEqual(['^', 'T1.2 協助修正相關手冊']);
    expect(tasks.rows[1]!.cells[0]!.rowSpan).toBe(2);
  });

  it('prints the tasks sharing a row of old numbering in one cell, K/S with their task tags', () => {
    const tasks = tables(entry('test/fixtures/real/SET3115-001/v5.yaml'))[2]!;
    const first = texts(tasks)[1]!;
    expect(first[1]!.split('|').length).toBeGreaterThan(1);
    expect(first[1]).toMatch(/^T1\.1 .*\|T1\.2 /);
    expect(first[5]).toMatch(/【T1\.[0-9]】/);
  });

  it('lays out a history-only version as `show` does: what the version table says, nothing invented', () => {
    const e = entry('standards/IIS3512-001/v3.yaml');
    const row = e.standard.versions[1]!;
    const layout = documentLayout({ kind: 'history', base: 'IIS3512-001', version: 2, row, replacedBy: 'IIS3512-001v3', listedIn: { code: 'IIS3512-001v3', file: e.file } });
    expect(layout.title).toBe('雲端資訊服務人員職能基準');
    const t = layout.blocks.find((b): b is DocTable => b.kind === 'table')!;
    expect(texts(t).map((r) => r[0])).toContain('職能基準代碼');
    expect(layout.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('未收錄'))).toBe(true);
  });
});
