/**
 * A diff between two catalogue entries: two files, or a file and a version known only from a
 * version table. When a side's content is not in the catalogue, what the version tables say is
 * compared (name, and the sides carry date, status and note) and the diff says plainly that the
 * content is missing — never an empty "no changes".
 */
import type { CatalogEntry } from '../model/entry.js';
import { entryCode } from '../model/entry.js';
import { classify, severityOf, summarize } from './classify.js';
import { diffWithTitles } from './diff.js';
import type { SideSource } from './plan.js';
import type { Change, DiffSide, StandardDiff } from './types.js';
import { diffVersionTable } from './version-table.js';

function sideOf(entry: CatalogEntry): DiffSide {
  const code = entryCode(entry);
  if (entry.kind === 'history') {
    const { row } = entry;
    return { code, name: row.name, version: entry.version, source: entry.listedIn.file, content: false, status: row.status, date: row.date, note: row.note };
  }
  const own = entry.standard.versions.find((r) => r.version === entry.version);
  return {
    code: entry.standard.code,
    name: entry.standard.name,
    version: entry.version,
    source: entry.file,
    content: true,
    ...(own ? { status: own.status, date: own.date, note: own.note } : {}),
  };
}

export interface DiffEntriesOptions {
  /** Where each side was read from git (revision and path, or the working tree). */
  sources?: { from?: SideSource; to?: SideSource };
  /** `from`'s file was deleted: the diff is that one change. */
  deleted?: boolean;
}

export function diffEntries(from: CatalogEntry, to: CatalogEntry, o: DiffEntriesOptions = {}): StandardDiff {
  // A working-tree side is named by its path from the repository root: the same from any folder.
  const side = (entry: CatalogEntry, source: SideSource | undefined): DiffSide => ({
    ...sideOf(entry),
    ...source,
    ...(source?.worktree && source.path !== undefined ? { source: source.path } : {}),
  });
  const sides = { from: side(from, o.sources?.from), to: side(to, o.sources?.to) };
  let changes: Change[];
  let titles: Record<string, string> = {};
  const missing: string[] = [];
  if (o.deleted) {
    sides.to = { ...sides.to, content: false, deleted: true };
    // A file name from git, shown as the change's text: no control characters.
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    const where = (sides.from.revision !== undefined && sides.from.path !== undefined ? `${sides.from.revision}:${sides.from.path}` : sides.from.source).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
    const c = { kind: 'removed', element: 'file', code: sides.from.code, before: where } as const;
    changes = [{ ...c, severity: severityOf(c) }];
  } else if (from.kind === 'published' && to.kind === 'published') {
    ({ changes, titles } = diffWithTitles(from.standard, to.standard));
    // The version table after the header, before the duties.
    const table = diffVersionTable(from.standard.versions, to.standard.versions, { from: from.version, to: to.version });
    const at = changes.findIndex((c) => c.element !== 'header');
    changes.splice(at === -1 ? changes.length : at, 0, ...table);
  } else {
    for (const side of [sides.from, sides.to]) if (!side.content) missing.push(side.code);
    changes = [];
    if (sides.from.name !== sides.to.name) {
      const c = { kind: 'modified', element: 'header', field: 'name', before: sides.from.name, after: sides.to.name } as const;
      changes.push({ ...c, severity: severityOf(c) });
    }
  }
  return {
    from: sides.from.code,
    to: sides.to.code,
    classification: classify(changes, missing.length === 0),
    summary: summarize(changes),
    changes,
    sides,
    titles,
    ...(missing.length > 0 ? { missingContent: missing } : {}),
  };
}
