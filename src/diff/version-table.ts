/**
 * Changes to the version table (版本表) between two versions of a standard: rows matched by their
 * version number, each field compared. What a new version means is not a change: going from vN to
 * a later version, the rows of versions after vN are new (the new version's own row), and an older
 * row that went from current to historical with a 「已被《…》取代」 note is the succession itself.
 * A date, a note, a name or a status edited in place, a row added for an old version or removed,
 * are changes. No I/O.
 */
import type { VersionRow } from '../model/schema.js';
import { severityOf } from './classify.js';
import type { Change, VersionField } from './types.js';

const FIELDS: readonly VersionField[] = ['code', 'name', 'status', 'date', 'note'];

const value = (row: VersionRow, field: VersionField): string | undefined => {
  const v = row[field];
  return v === null || v === undefined || v === '' ? undefined : String(v);
};

const rowText = (row: VersionRow) => [`v${row.version}`, row.name, row.status, row.date ?? undefined].filter((x) => x !== undefined).join(' ');

function change(c: Omit<Change, 'severity'>): Change {
  const full: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (v !== undefined) full[k] = v;
  full.severity = severityOf(c);
  return full as unknown as Change;
}

export function diffVersionTable(before: readonly VersionRow[], after: readonly VersionRow[], versions: { from: number; to: number }): Change[] {
  const out: Change[] = [];
  const old = new Map(before.map((r) => [r.version, r] as const));
  const now = new Map(after.map((r) => [r.version, r] as const));
  const newer = versions.to > versions.from;
  // In the order of the new table, then the rows that went.
  for (const row of after) {
    const was = old.get(row.version);
    if (!was) {
      if (newer && row.version > versions.from) continue;
      out.push(change({ kind: 'added', element: 'version', code: row.code, version: row.version, after: rowText(row) }));
      continue;
    }
    const succession = newer && row.version < versions.to && was.status === 'current' && row.status === 'historical';
    for (const field of FIELDS) {
      if (succession && (field === 'status' || field === 'note')) continue;
      const a = value(was, field);
      const b = value(row, field);
      if (a === b) continue;
      const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'modified';
      out.push(change({ kind, element: 'version', field, code: row.code, version: row.version, before: a, after: b }));
    }
  }
  for (const row of before) {
    if (!now.has(row.version)) out.push(change({ kind: 'removed', element: 'version', code: row.code, version: row.version, before: rowText(row) }));
  }
  return out;
}
