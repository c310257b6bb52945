import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../load/catalog.js';
import type { PublishedEntry } from '../model/entry.js';
import { buildMatrix, longRecords, wideCells } from './matrix.js';
import { attitudeTable, matrixTables, taskTable, MARK } from './tables.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const entry = (await new Catalog({ root: join(fixtures, 'catalog-mixed'), cwd: fixtures }).resolve('ABC1234-001v2')) as PublishedEntry;

describe('buildMatrix', () => {
  it('gives a row per task and level, with the K and S it needs', () => {
    const m = buildMatrix([entry], 'all');
    expect(m.columns.map((c) => `${c.type}:${c.code}`)).toEqual(['K:K01', 'K:K02', 'S:S01', 'S:S02']);
    expect(m.rows.map((r) => `${r.task.code}@${r.level ?? '-'}:${[...r.needs].join(',')}`)).toEqual([
      'T1.1@3:K01,K02,S01',
      'T1.1@4:K02,S01,S02',
      'T2.1@-:K02,S02',
      // A shared row (old numbering): tagged K01【T3.1】【T3.2】 and untagged S01 for both tasks.
      'T3.1@3:K01,S01',
      'T3.2@3:K01,S01',
    ]);
  });

  it('narrows to knowledge or skills', () => {
    expect(buildMatrix([entry], 'knowledge').columns.every((c) => c.type === 'K')).toBe(true);
    expect([...buildMatrix([entry], 'skills').rows[0]!.needs]).toEqual(['S01']);
  });

  it('long records: one per task row × competency', () => {
    const long = longRecords(buildMatrix([entry], 'all'));
    expect(long).toHaveLength(3 + 3 + 2 + 2 + 2);
    expect(long[0]).toEqual({
      standard: 'ABC1234-001v2',
      duty: { code: 'T1', title: '測試規劃' },
      task: { code: 'T1.1', title: '撰寫測試計畫' },
      level: 3,
      type: 'K',
      code: 'K01',
      name: '軟體工程概論',
    });
  });
});

describe('tables', () => {
  it('wide matrix, split by kind for sheets, with labels in either language', () => {
    const [k, s] = matrixTables([entry], 'all', 'wide', 'en', true);
    expect(k!.header).toEqual(['Duty code', 'Duty', 'Task code', 'Task', 'Level', 'K01 軟體工程概論', 'K02 軟體測試方法']);
    expect(s!.rows[1]).toEqual(['T1', '測試規劃', 'T1.1', '撰寫測試計畫', 4, MARK, MARK]);
    expect(matrixTables([entry], 'all', 'wide', 'zh', false)).toHaveLength(1);
  });

  it('attitudes with or without a definition, and the task table', () => {
    expect(attitudeTable([entry], 'zh').rows).toEqual([
      ['A01', '謹慎細心', '對於任務的執行過程，能謹慎考量及處理所有細節。'],
      ['A02', '團隊意識', ''],
    ]);
    const t = taskTable([entry], 'zh');
    expect(t.rows.at(-1)![1]).toBe('T3.1 彙整測試結果\nT3.2 撰寫測試報告 | 含缺陷統計');
  });
});

describe('at the scale of the catalogue', () => {
  // The same standard under 300 codes: a block-diagonal matrix of 300 blocks.
  const many = Array.from({ length: 300 }, (_, i) => ({ ...entry, standard: { ...entry.standard, code: `ABC${String(1000 + i)}-001v2` } }) as PublishedEntry);

  it('counts the wide cells without building the matrix', () => {
    const m = buildMatrix(many.slice(0, 20), 'all');
    expect(wideCells(many.slice(0, 20), 'all')).toEqual({ rows: m.rows.length, columns: m.columns.length, cells: m.rows.length * m.columns.length });
    // The wide matrix grows as the square of the standards.
    expect(wideCells(many, 'all').cells).toBe(wideCells(many.slice(0, 20), 'all').cells * 15 * 15);
  });

  it('gives the long records of each block only, in the order of rows then columns', () => {
    const m = buildMatrix(many, 'all');
    // Each row's records are its needs, in the order of its own standard's columns.
    const records = longRecords(m);
    const one = longRecords(buildMatrix([entry], 'all'));
    expect(records).toHaveLength(one.length * 300);
    expect(records.slice(one.length * 7, one.length * 8).map((r) => `${r.standard} ${r.task.code} ${r.code}`)).toEqual(
      one.map((r) => `${many[7]!.standard.code} ${r.task.code} ${r.code}`),
    );
  });
});
