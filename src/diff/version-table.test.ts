import { describe, expect, it } from 'vitest';
import type { VersionRow } from '../model/schema.js';
import { diffVersionTable } from './version-table.js';

const row = (version: number, over: Partial<VersionRow> = {}): VersionRow => ({
  version,
  code: `IDC3512-002v${version}`,
  name: '影音串流工程助理',
  status: version === 2 ? 'current' : 'historical',
  note: version === 2 ? '略' : `已被《IDC3512-002v${version + 1}》取代`,
  date: `202${version}-12-15`,
  ...over,
});
const table = [row(2), row(1)];
const brief = (changes: ReturnType<typeof diffVersionTable>) => changes.map((c) => [c.kind, c.field ?? '', c.code, c.before ?? '', c.after ?? '', c.severity].join(' '));

describe('the version table in a diff', () => {
  it('an edit in place: a date and a note are patch, a status and a name minor', () => {
    const edited = [row(2, { date: '2022-12-20', note: '修正錯字' }), row(1, { status: 'current', name: '影音串流助理' })];
    expect(brief(diffVersionTable(table, edited, { from: 2, to: 2 }))).toEqual([
      'modified date IDC3512-002v2 2022-12-15 2022-12-20 patch',
      'modified note IDC3512-002v2 略 修正錯字 patch',
      'modified name IDC3512-002v1 影音串流工程助理 影音串流助理 minor',
      'modified status IDC3512-002v1 historical current minor',
    ]);
  });

  it('a date set where there was none, and a row removed or added for an old version', () => {
    expect(brief(diffVersionTable([row(2, { date: null }), row(1)], [row(2), row(1), row(3, { version: 0, code: 'IDC3512-002v0' })], { from: 2, to: 2 }))).toEqual([
      'added date IDC3512-002v2  2022-12-15 patch',
      'added  IDC3512-002v0  v0 影音串流工程助理 historical 2023-12-15 minor',
    ]);
    expect(brief(diffVersionTable(table, [row(2)], { from: 2, to: 2 }))).toEqual(['removed  IDC3512-002v1 v1 影音串流工程助理 historical 2021-12-15  minor']);
  });

  it('a new version is not a change of the table: its own row, and the old row turning historical', () => {
    const next = [row(3, { status: 'current', note: '略' }), row(2, { status: 'historical', note: '已被《IDC3512-002v3》取代' }), row(1)];
    expect(diffVersionTable(table, next, { from: 2, to: 3 })).toEqual([]);
    // …but a date changed on the way still is.
    next[2] = row(1, { date: '2021-12-16' });
    expect(brief(diffVersionTable(table, next, { from: 2, to: 3 }))).toEqual(['modified date IDC3512-002v1 2021-12-15 2021-12-16 patch']);
  });
});
