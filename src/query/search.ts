/** `compstd search`: substring (or regex) search over every text of the catalogue — no I/O. */
import type { CatalogEntry } from '../model/entry.js';
import { entryCode } from '../model/entry.js';
import { fold, foldKey, originalSpan } from './fold.js';
import { searchTexts, type TextKind } from './texts.js';

export interface SearchOptions {
  /** Only these kinds of text. */
  kinds?: readonly TextKind[];
  /** 職類別代碼 prefix (IIS). */
  category?: string;
  /** Every version; otherwise the newest version of each standard. */
  allVersions?: boolean;
  /** The query is a regular expression (matched on the original text, case-insensitive). */
  regex?: boolean;
}

export interface SearchHit {
  /** IIS3512-001v3 */
  standard: string;
  name: string;
  kind: TextKind;
  code: string | undefined;
  text: string;
  /** Where the first match is in `text`: [start, end). */
  match: [number, number];
}

export function search(entries: readonly CatalogEntry[], query: string, o: SearchOptions = {}): SearchHit[] {
  const newest = new Map<string, number>();
  for (const e of entries) newest.set(e.base, Math.max(newest.get(e.base) ?? 0, e.version));
  const chosen = entries.filter((e) => (o.allVersions || e.version === newest.get(e.base)) && (o.category === undefined || e.base.startsWith(o.category.trim().toUpperCase())));
  const kinds = o.kinds && o.kinds.length > 0 ? new Set(o.kinds) : undefined;
  const pattern = o.regex ? new RegExp(query, 'iu') : undefined;
  const needle = foldKey(query);
  const hits: SearchHit[] = [];
  for (const e of chosen) {
    const texts =
      e.kind === 'published' ? searchTexts(e.standard) : [{ kind: 'name' as const, code: undefined, text: e.row.name }];
    const name = e.kind === 'published' ? e.standard.name : e.row.name;
    for (const t of texts) {
      if (kinds && !kinds.has(t.kind)) continue;
      let match: [number, number] | undefined;
      if (pattern) {
        const m = pattern.exec(t.text);
        if (m && m[0].length > 0) match = [m.index, m.index + m[0].length];
      } else if (needle !== '') {
        // Cheap test first on the folded key; the map back to the original only for hits.
        if (!foldKey(t.text).includes(needle)) continue;
        const f = fold(t.text);
        const at = f.text.indexOf(needle);
        if (at >= 0) match = originalSpan(t.text, f, at, at + needle.length);
      }
      if (match) hits.push({ standard: entryCode(e), name, kind: t.kind, code: t.code, text: t.text, match });
    }
  }
  return hits;
}
