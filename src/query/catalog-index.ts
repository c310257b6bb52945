/**
 * The catalogue as list and search see it: from its index (load/catalog-index.ts), brought up to
 * date by reading only the files that changed — on several threads when there are many — and
 * never holding every standard in memory: each file's summary and texts, not its whole tree.
 */
import { relative, sep } from 'node:path';
import { catalogIndex, discardIndex, readIndexedFile, type CatalogIndex, type IndexedFile, type Replacements } from '../load/catalog-index.js';
import { CompstdError } from '../model/errors.js';
import { assembleView, type SkippedFile } from '../load/catalog.js';
import { builtWorkerScript, displayPath } from '../load/paths.js';
import type { CatalogEntry, StandardSummary } from '../model/entry.js';
import type { Finding } from '../model/finding.js';
import { DEFAULT_LANG, msg } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import { INDEX_CODECS, INDEX_PARTS, partsOf, type IndexParts } from './index-parts.js';
import { listRows, type ListRow } from './list.js';
import { packDoc, selectDocs, unpackDocs, type SearchDoc } from './search.js';

/** Below this many files to read, the main thread alone is faster than starting workers. */
const THREADED_FROM = 200;

/** Files per message to a worker. */
const BATCH = 25;

export interface ReadOptions {
  /** Threads to read on (default: the cores, at most four; 1: the main thread only). */
  jobs?: number;
  /** The worker script (default: the bundled one; none when running from sources). */
  script?: string;
  /** Files to read from which workers are started (default THREADED_FROM). */
  threadedFrom?: number;
}

/**
 * Reads standard files for the index, handing each to `each` with its index in `paths` as it is
 * read: on the main thread for a few, on worker threads for many (then in no set order).
 */
export async function readForIndex(paths: readonly string[], o: ReadOptions, each: (index: number, file: IndexedFile<IndexParts>) => void): Promise<void> {
  // The pool (and node:worker_threads) only for a run that reads files.
  const { defaultJobs, eachInWorkers } = await import('../load/worker-pool.js');
  const jobs = o.jobs ?? defaultJobs();
  const script = o.script ?? builtWorkerScript('index-worker');
  if (script === undefined || jobs < 2 || paths.length < (o.threadedFrom ?? THREADED_FROM)) {
    for (let k = 0; k < paths.length; k++) each(k, await readIndexedFile(paths[k]!, partsOf, INDEX_CODECS));
    return;
  }
  // A small young generation: reading allocates briefly, and each worker's heap counts in the peak.
  await eachInWorkers<string, IndexedFile<IndexParts>>(script, paths, { jobs, batch: BATCH, youngGenerationMb: 8 }, each);
}

/** A finding kept with an absolute path, shown from this run's folder (its message too, when it names the file). */
function relocateFinding(f: Finding, to: (path: string) => string): Finding {
  const out: Finding = { ...f, file: to(f.file) };
  if (f.messageId !== undefined && typeof f.params?.file === 'string') {
    out.params = { ...f.params, file: to(f.params.file) };
    out.message = t(DEFAULT_LANG, msg(f.messageId, out.params));
  }
  return out;
}

export interface IndexedCatalogOptions extends ReadOptions {
  /** The catalogue folder (absolute). */
  root: string;
  /** The working folder: paths are shown relative to it. */
  cwd: string;
  /** Where the index is kept; none: read every file, keep nothing. */
  cache: { dir: string; salt: string } | undefined;
}

/** What a command gets from the index: its value, the files skipped, and how the index was had. */
export interface Indexed<T> {
  value: T;
  /** Files that were not loaded, and why. */
  skipped: SkippedFile[];
  how: 'fresh' | 'updated' | 'built';
  /** Files read in this run. */
  read: number;
}

/**
 * A value derived from the catalogue's entries, kept beside the index as a view while no file
 * changes: `make` gives its text, from the entries (summaries) and the kept texts of the
 * documents of the files it names; `decode` reads it back. Paths are kept absolute (`relocate`
 * moves those in the value) and shown relative to the working folder.
 */
async function indexedView<T>(
  o: IndexedCatalogOptions,
  name: string,
  make: (entries: Array<CatalogEntry<StandardSummary>>, docTexts: (files: readonly string[]) => Map<string, string>) => string,
  decode: (text: string) => T,
  relocate: (value: T, to: (path: string) => string) => T,
  usesDocs = false,
): Promise<Indexed<T>> {
  try {
    return await viewOnce(o, name, make, decode, relocate, usesDocs);
  } catch (e) {
    // A stored index that does not read back (written by hand, or a disk that lost part of it)
    // is forgotten and built afresh, once; an error that is not about the index goes on.
    if (o.cache === undefined || e instanceof CompstdError) throw e;
    discardIndex(o.root, o.cache);
    return viewOnce(o, name, make, decode, relocate, usesDocs);
  }
}

async function viewOnce<T>(
  o: IndexedCatalogOptions,
  name: string,
  make: (entries: Array<CatalogEntry<StandardSummary>>, docTexts: (files: readonly string[]) => Map<string, string>) => string,
  decode: (text: string) => T,
  relocate: (value: T, to: (path: string) => string) => T,
  usesDocs: boolean,
): Promise<Indexed<T>> {
  const index = await catalogIndex<IndexParts>({ root: o.root, cache: o.cache, names: INDEX_PARTS, codecs: INDEX_CODECS, read: (paths, each) => readForIndex(paths, o, each) });
  try {
    const text = index.view(name, () => {
      const heads = index.part('head');
      const files = index.paths.map((p, i) => ({ file: p, standard: heads[i], findings: index.failed[i] ?? [] }));
      // The first file of a version, relative to the catalogue: the same message from any folder.
      const view = assembleView(files, (file) => relative(o.root, file));
      const at = new Map(index.paths.map((p, i) => [p, i]));
      const docTexts = (wanted: readonly string[]) => {
        const texts = index.partText('doc', wanted.map((f) => at.get(f)!));
        return new Map(wanted.map((f, n) => [f, texts[n]!]));
      };
      // The files skipped on the first line, the value after (paths absolute).
      return `${JSON.stringify(view.skipped)}\n${make(view.entries, docTexts)}`;
    }, (old, changed) => patchView(index, old, changed, usesDocs));
    const eol = text.indexOf('\n');
    const skipped = JSON.parse(text.slice(0, eol)) as SkippedFile[];
    // Paths under the working folder shown by cutting it off (thousands of them); others as displayPath says.
    const prefix = o.cwd.endsWith(sep) ? o.cwd : `${o.cwd}${sep}`;
    const shown = (p: string) => (p.startsWith(prefix) && !p.includes(`${sep}..`) ? p.slice(prefix.length) : displayPath(p, o.cwd));
    return {
      value: relocate(decode(text.slice(eol + 1)), shown),
      skipped: skipped.map((s) => ({ file: shown(s.file), findings: s.findings.map((f) => relocateFinding(f, shown)) })),
      how: index.how,
      read: index.read,
    };
  } finally {
    index.close();
  }
}

/**
 * The replacements that make a view of files changed in place, when none changed its summary (or
 * whether it loaded): the entries, the files skipped and the rows are then those of the view as it
 * was, and only the documents of the files changed are put in place of theirs (found by their
 * kept text, unique since it holds the standard's code).
 */
function patchView(index: CatalogIndex<IndexParts>, old: string, changed: readonly number[], usesDocs: boolean): Replacements | undefined {
  const before = index.previousText('head', changed);
  const after = index.partText('head', changed);
  if (changed.some((_, n) => before[n] === '' || before[n] !== after[n])) return undefined;
  if (!usesDocs) return [];
  const docsBefore = index.previousText('doc', changed);
  const docsAfter = index.partText('doc', changed);
  const out: Replacements = [];
  changed.forEach((_, n) => {
    if (docsBefore[n] !== docsAfter[n] && old.includes(docsBefore[n]!)) out.push([docsBefore[n]!, docsAfter[n]!]);
  });
  return out;
}

/** The rows of the catalogue (list): of the newest version of each standard, or of every version; no other filter. */
export function indexedRows(o: IndexedCatalogOptions, allVersions = true): Promise<Indexed<ListRow[]>> {
  return indexedView(
    o,
    allVersions ? 'list-all' : 'list-newest',
    (entries) => JSON.stringify(listRows(entries, { allVersions })),
    (text) => JSON.parse(text) as ListRow[],
    (rows, to) => {
      for (const r of rows) r.file = to(r.file);
      return rows;
    },
  );
}

/**
 * The documents to search: of the newest version of each standard, or of every version. Made by
 * joining the documents' packed texts as the index keeps them: none is decoded to be kept again.
 */
export function indexedDocs(o: IndexedCatalogOptions, allVersions: boolean): Promise<Indexed<SearchDoc[]>> {
  return indexedView(
    o,
    allVersions ? 'search-all' : 'search-newest',
    (entries, docTexts) => {
      const chosen = selectDocs(entries, allVersions, (e) => e.file);
      const texts = docTexts(chosen.filter((x): x is string => typeof x === 'string'));
      return chosen.map((x) => (typeof x === 'string' ? texts.get(x)! : packDoc(x))).join('');
    },
    unpackDocs,
    (docs) => docs,
    true,
  );
}
