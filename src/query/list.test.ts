import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../load/catalog.js';
import { listRows } from './list.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const entries = (await new Catalog({ root: join(fixtures, 'catalog-mixed'), cwd: fixtures }).all()).entries;

describe('listRows', () => {
  it('lists the newest version of each standard by default', () => {
    const rows = listRows(entries);
    expect(rows.map((r) => r.code)).toEqual(['ABC1234-001v2']);
    expect(rows[0]).toMatchObject({
      name: '測試工程人員',
      status: 'current',
      date: '2024-06-30',
      level: 3,
      content: true,
      categories: [{ code: 'ABC' }],
    });
  });

  it('adds history-only versions with --all-versions, their status and date from the version table', () => {
    const rows = listRows(entries, { allVersions: true });
    expect(rows.map((r) => [r.code, r.status, r.date, r.content])).toEqual([
      ['ABC1234-001v1', 'historical', '2021-01-15', false],
      ['ABC1234-001v2', 'current', '2024-06-30', true],
    ]);
  });

  it('filters by category, occupation, industry, level and name', () => {
    const codes = (f: Parameters<typeof listRows>[1]) => listRows(entries, { allVersions: true, ...f }).map((r) => r.code);
    expect(codes({ category: 'abc' })).toEqual(['ABC1234-001v1', 'ABC1234-001v2']);
    expect(codes({ category: 'IIS' })).toEqual([]);
    // The header's 職業別代碼 (2514) differs from the code's digits (1234): both find it.
    expect(codes({ occupation: '2514' })).toEqual(['ABC1234-001v2']);
    expect(codes({ occupation: '1234' })).toEqual(['ABC1234-001v1']);
    expect(codes({ industry: 'J62' })).toEqual(['ABC1234-001v2']);
    expect(codes({ level: 3 })).toEqual(['ABC1234-001v2']);
    expect(codes({ level: 2 })).toEqual([]);
    expect(codes({ name: '測試人員' })).toEqual(['ABC1234-001v1']);
    expect(codes({ name: '工程' })).toEqual(['ABC1234-001v2']);
  });
});

describe('selectRows', () => {
  it('filters the rows of every version as listRows filters entries', async () => {
    const { listRows, selectRows } = await import('./list.js');
    const all = listRows(entries, { allVersions: true });
    for (const f of [{}, { allVersions: true }, { name: '測試人員', allVersions: true }, { level: 3 }, { category: 'ABC', allVersions: true }]) {
      expect(selectRows(all, f)).toEqual(listRows(entries, f));
    }
  });
});
