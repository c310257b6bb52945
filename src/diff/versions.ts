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
import type { Change, DiffSide, StandardDiff } from './types.js';

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

export function diffEntries(from: CatalogEntry, to: CatalogEntry): StandardDiff {
  const sides = { from: sideOf(from), to: sideOf(to) };
  let changes: Change[];
  let titles: Record<string, string> = {};
  const missing: string[] = [];
  if (from.kind === 'published' && to.kind === 'published') {
    ({ changes, titles } = diffWithTitles(from.standard, to.standard));
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
