/** `compstd search`: substring (or regex) search over every text of the catalogue — no I/O. */
import type { CatalogEntry, PublishedEntry, StandardSummary } from '../model/entry.js';
import { entryCode } from '../model/entry.js';
import { baseOf } from '../model/code.js';
import type { Standard } from '../model/schema.js';
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
 * of the catalogue from one view, and a few long strings read far faster than 300,000 short
 * ones. `texts`, `folded` and `codes` are joined by SEP (a private-use character); `kinds` holds
 * one character per text, its index in TEXT_KINDS. `folded` is each text folded (foldKey): a
 * search is one indexOf over it, and only the texts it hits are unpacked. `texts` holds a text
 * only where folding changes it, and '' where the text is its own fold (three in four texts of a
 * standard): what a search reads is a third smaller.
 */
export interface SearchDoc {
  standard: string;
  base: string;
  name: string;
  kinds: string;
  codes: string;
  texts: string;
  folded: string;
}

const DOC_FIELDS = ['standard', 'base', 'name', 'kinds', 'codes', 'texts', 'folded'] as const;

/**
 * A document as text: a line with the length of each field, then the fields one after another as
 * they are. Documents packed one after another unpack in one pass over one string: the fields are
 * slices of it, where JSON would parse and copy every text.
 */
export function packDoc(d: SearchDoc): string {
  return `${DOC_FIELDS.map((f) => d[f].length).join(',')}\n${DOC_FIELDS.map((f) => d[f]).join('')}`;
}

export function unpackDocs(text: string): SearchDoc[] {
  const docs: SearchDoc[] = [];
  let at = 0;
  const bad = () => new Error('packed documents: cut short or not documents');
  while (at < text.length) {
    const eol = text.indexOf('\n', at);
    if (eol < 0) throw bad();
    const lengths = text.slice(at, eol).split(',').map(Number);
    if (lengths.length !== DOC_FIELDS.length || lengths.some((n) => !Number.isInteger(n) || n < 0)) throw bad();
    at = eol + 1;
    const next = (n: number): string => text.slice(at, (at += n));
    const [standard, base, name, kinds, codes, texts, folded] = lengths.map(next) as [string, string, string, string, string, string, string];
    if (at > text.length) throw bad();
    docs.push({ standard, base, name, kinds, codes, texts, folded });
  }
  return docs;
}

/** Separates the texts of a SearchDoc (U+E000, never in a standard's text: it is removed there). */
export const SEP = '\ue000';
const KIND_BASE = 0x41;

function docOf(standard: string, base: string, name: string, texts: readonly SearchText[]): SearchDoc {
  const originals = texts.map((t) => t.text.replaceAll(SEP, ''));
  const joined = originals.join(SEP);
  // Folded whole: the fold never crosses SEP (a private-use character is a starter that composes
  // with nothing, and no white space), so this is each text folded, joined — twice as fast.
  const folded = foldKey(joined);
  const folds = folded.split(SEP);
  return {
    standard,
    base,
    name,
    kinds: texts.map((t) => String.fromCharCode(KIND_BASE + TEXT_KINDS.indexOf(t.kind))).join(''),
    codes: texts.map((t) => (t.code ?? '').replaceAll(SEP, '')).join(SEP),
    texts: originals.map((t, i) => (t === folds[i] ? '' : t)).join(SEP),
    folded,
  };
}

/** Every text of a document, as written. */
export function docTexts(d: SearchDoc): string[] {
  const folds = d.folded.split(SEP);
  return d.texts.split(SEP).map((t, i) => (t === '' ? (folds[i] ?? '') : t));
}

/** The document of a standard file (what the catalogue's index keeps for search). */
export function standardDoc(s: Standard): SearchDoc {
  const base = baseOf(s.code);
  return docOf(`${base}v${s.version}`, base, s.name, searchTexts(s));
}

/** The documents to search in whole standards: the newest version of each, or every version. */
export function searchDocs(entries: readonly CatalogEntry[], allVersions: boolean): SearchDoc[] {
  return selectDocs(entries, allVersions, (e) => standardDoc(e.standard));
}

/**
 * The documents to search: the newest version of each standard, or every version. A version
 * known only from a version table is searched by its name; a published one by its document
 * (`publishedDoc`: made from the standard, or where it is kept in the index).
 */
export function selectDocs<S extends StandardSummary, D = SearchDoc>(
  entries: ReadonlyArray<CatalogEntry<S>>,
  allVersions: boolean,
  publishedDoc: (e: PublishedEntry<S>) => D,
): Array<D | SearchDoc> {
  const newest = new Map<string, number>();
  for (const e of entries) newest.set(e.base, Math.max(newest.get(e.base) ?? 0, e.version));
  return entries
    .filter((e) => allVersions || e.version === newest.get(e.base))
    .map((e) => (e.kind === 'published' ? publishedDoc(e) : docOf(entryCode(e), e.base, e.row.name, [{ kind: 'name', code: undefined, text: e.row.name }])));
}

/**
 * The texts of `joined` (texts joined by SEP) at the given indexes, in increasing order: one pass,
 * without splitting them all.
 */
function* textsAt(joined: string, indexes: readonly number[]): Generator<[number, string]> {
  let k = 0;
  let at = 0;
  for (const index of indexes) {
    // From separator to separator (indexOf: native, where a loop over characters is not, on a cold start).
    for (; k < index && at >= 0; k++) at = joined.indexOf(SEP, at) + 1 || -1;
    if (at < 0) return;
    const end = joined.indexOf(SEP, at);
    yield [index, joined.slice(at, end < 0 ? joined.length : end)];
  }
}

/**
 * The texts of a document that hold the folded needle: one indexOf over its folded texts, the
 * hits mapped to their text by counting separators on the way. Linear in the document.
 */
function textsHolding(folded: string, needle: string): Array<{ index: number; start: number; end: number }> {
  const found: Array<{ index: number; start: number; end: number }> = [];
  let index = 0;
  let scanned = 0;
  for (let at = folded.indexOf(needle); at >= 0; ) {
    for (let sep = folded.indexOf(SEP, scanned); sep >= 0 && sep < at; sep = folded.indexOf(SEP, sep + 1)) {
      index++;
      scanned = sep + 1;
    }
    const next = folded.indexOf(SEP, at + needle.length);
    const end = next < 0 ? folded.length : next;
    found.push({ index, start: scanned, end });
    if (next < 0) break;
    scanned = next + 1;
    index++;
    at = folded.indexOf(needle, scanned); // the next text (the needle holds no SEP)
  }
  return found;
}

export function searchIn(docs: readonly SearchDoc[], query: string, o: SearchOptions = {}): SearchHit[] {
  const kinds = o.kinds && o.kinds.length > 0 ? new Set(o.kinds.map((k) => TEXT_KINDS.indexOf(k))) : undefined;
  const category = o.category?.trim().toUpperCase();
  const pattern = o.pattern;
  const needle = foldKey(query).replaceAll(SEP, '');
  const hits: SearchHit[] = [];
  for (const d of docs) {
    if (category !== undefined && !d.base.startsWith(category)) continue;
    const wanted = (i: number) => !kinds || kinds.has(d.kinds.charCodeAt(i) - KIND_BASE);
    const hit = (i: number, text: string, code: string, matches: Array<[number, number]>) => {
      if (matches.length === 0) return;
      hits.push({ standard: d.standard, name: d.name, kind: TEXT_KINDS[d.kinds.charCodeAt(i) - KIND_BASE]!, code: code || undefined, text, match: matches[0]!, matches });
    };
    if (pattern) {
      const codes = d.codes.split(SEP);
      docTexts(d).forEach((text, i) => {
        if (wanted(i)) hit(i, text, codes[i] ?? '', [...pattern(text)]);
      });
      continue;
    }
    if (needle === '') continue;
    const holding = textsHolding(d.folded, needle).filter((h) => wanted(h.index));
    if (holding.length === 0) continue;
    const which = holding.map((h) => h.index);
    const codes = textsAt(d.codes, which);
    let n = 0;
    for (const [i, kept] of textsAt(d.texts, which)) {
      const { start, end } = holding[n++]!;
      const matches: Array<[number, number]> = [];
      let text = kept;
      if (kept === '') {
        // The text is its own fold: the matches are where they are in it.
        text = d.folded.slice(start, end);
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) matches.push([at, at + needle.length]);
      } else {
        // The fold with its map back to the original only for the texts hit.
        const f = fold(text);
        for (let at = f.text.indexOf(needle); at >= 0; at = f.text.indexOf(needle, at + needle.length)) {
          matches.push(originalSpan(text, f, at, at + needle.length));
        }
      }
      const code = codes.next();
      hit(i, text, code.done === true ? '' : code.value[1], matches);
    }
  }
  return hits;
}
