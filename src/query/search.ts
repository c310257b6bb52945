/** `compstd search`: substring (or regex) search over every text of the catalogue — no I/O. */
import type { CatalogEntry } from '../model/entry.js';
import { entryCode } from '../model/entry.js';
import { fold, foldKey, originalSpan } from './fold.js';
import type { Matcher } from './pattern.js';
import { TEXT_KINDS, searchTexts, type SearchText, type TextKind } from './texts.js';

export interface SearchOptions {
  /** Only these kinds of text. */
  kinds?: readonly TextKind[];
  /** 職類別代碼 prefix (IIS). */
  category?: string;
  /**
   * The query is a regular expression, compiled by `compilePattern` (pattern.ts: RE2 syntax,
   * case-insensitive, linear time), matched on the original text.
   */
  pattern?: Matcher;
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
  /** Every match in `text`, in order, none overlapping (the first is `match`). */
  matches: Array<[number, number]>;
}

/**
 * One standard as search sees it, packed for a cheap start: a warm search reads every document
 * of the catalogue from one index, and a few long strings parse far faster than 300,000 short
 * ones. `texts` and `codes` are joined by SEP (a private-use character JSON writes as it is);
 * `kinds` holds one character per text, its index in TEXT_KINDS.
 */
export interface SearchDoc {
  standard: string;
  base: string;
  name: string;
  kinds: string;
  codes: string;
  texts: string;
}

/** Separates the texts of a SearchDoc (U+E000, never in a standard's text: it is removed there). */
export const SEP = '\ue000';
const KIND_BASE = 0x41;

function docOf(standard: string, base: string, name: string, texts: readonly SearchText[]): SearchDoc {
  return {
    standard,
    base,
    name,
    kinds: texts.map((t) => String.fromCharCode(KIND_BASE + TEXT_KINDS.indexOf(t.kind))).join(''),
    codes: texts.map((t) => (t.code ?? '').replaceAll(SEP, '')).join(SEP),
    texts: texts.map((t) => t.text.replaceAll(SEP, '')).join(SEP),
  };
}

/** The documents to search: the newest version of each standard, or every version. */
export function searchDocs(entries: readonly CatalogEntry[], allVersions: boolean): SearchDoc[] {
  const newest = new Map<string, number>();
  for (const e of entries) newest.set(e.base, Math.max(newest.get(e.base) ?? 0, e.version));
  return entries
    .filter((e) => allVersions || e.version === newest.get(e.base))
    .map((e) =>
      e.kind === 'published'
        ? docOf(entryCode(e), e.base, e.standard.name, searchTexts(e.standard))
        : docOf(entryCode(e), e.base, e.row.name, [{ kind: 'name', code: undefined, text: e.row.name }]),
    );
}

/** A character of the query that any matching text must hold as it is written, if there is one. */
function probeOf(needle: string): string | undefined {
  // Han characters outside the compatibility block fold to themselves.
  return [...needle].find((c) => /\p{Script=Han}/u.test(c) && !(c >= '\uf900' && c <= '\ufaff'));
}

export function searchIn(docs: readonly SearchDoc[], query: string, o: SearchOptions = {}): SearchHit[] {
  const kinds = o.kinds && o.kinds.length > 0 ? new Set(o.kinds.map((k) => TEXT_KINDS.indexOf(k))) : undefined;
  const category = o.category?.trim().toUpperCase();
  const pattern = o.pattern;
  const needle = foldKey(query);
  const probe = probeOf(needle);
  const hits: SearchHit[] = [];
  for (const d of docs) {
    if (category !== undefined && !d.base.startsWith(category)) continue;
    // A document without the query's rarest-to-fold character has no hit: no need to unpack it.
    if (!pattern && probe !== undefined && !d.texts.includes(probe)) continue;
    if (!pattern && needle === '') continue;
    const texts = d.texts.split(SEP);
    let codes: string[] | undefined;
    for (let i = 0; i < texts.length; i++) {
      const kind = d.kinds.charCodeAt(i) - KIND_BASE;
      if (kinds && !kinds.has(kind)) continue;
      const text = texts[i]!;
      const matches: Array<[number, number]> = [];
      if (pattern) {
        for (const m of pattern(text)) matches.push(m);
      } else {
        // Cheap tests first; the fold with its map back to the original only for hits.
        if (probe !== undefined && !text.includes(probe)) continue;
        if (!foldKey(text).includes(needle)) continue;
        const f = fold(text);
        for (let at = f.text.indexOf(needle); at >= 0; at = f.text.indexOf(needle, at + needle.length)) {
          matches.push(originalSpan(text, f, at, at + needle.length));
        }
      }
      if (matches.length === 0) continue;
      codes ??= d.codes.split(SEP);
      hits.push({ standard: d.standard, name: d.name, kind: TEXT_KINDS[kind]!, code: codes[i] || undefined, text, match: matches[0]!, matches });
    }
  }
  return hits;
}
