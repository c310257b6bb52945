/**
 * The catalogue's index: for each standard file, what the commands that look across the whole
 * catalogue (list, search) need of it — its parts, derived by the caller — kept in one file of the
 * cache and brought up to date incrementally, the way git keeps its index:
 *
 * - each file is recorded with its stamp (size, mtime, ctime, inode, taken before it was read)
 *   and the hash of its bytes; each folder with its stamp;
 * - a run states every recorded folder and file again: an unchanged stamp is an unchanged file,
 *   a changed folder is listed again (a file added or removed), a changed file is read again;
 *   nothing else is read;
 * - a stamp too close to when the index was begun can't rule out a change in the same clock tick
 *   (a coarse file system): such a file is checked by the hash of its bytes, such a folder by
 *   listing it;
 * - the first run, or a run that finds a new folder, walks the tree.
 *
 * The index is never stale, only sometimes cold. Reading the files is the caller's `read` (on
 * several threads when there are many).
 *
 * On disk: a header file (`<H>.index`: the stamps, and where each file's parts are) and segment
 * files (`<H>.<id>.seg`) holding the parts' texts. A build writes one segment; an update writes
 * only the parts of the files it read, as a new segment, and the header again — the cost of an
 * edit is that of the edit, not of the catalogue. Past a few segments they are merged into one.
 * Everything is written whole (a temporary file renamed) and kept as UTF-16, which reads several
 * times faster than UTF-8 for text that is mostly Chinese. A header cut short, of another version
 * of compstd, or naming a segment that is gone, reads as no index. Views (values derived from the
 * whole index, such as the documents search looks through) are kept beside it, each tied to the
 * writing of the header it was made from.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Finding } from '../model/finding.js';
import type { Standard } from '../model/schema.js';
import { MAX_STANDARD_BYTES, readFileBounded } from './bounded.js';
import { listDir, walkTree } from './discover.js';
import { bytesKey, nameKey, uniqueName } from './name-key.js';

/** What the caller derives from each standard: named parts, each stored as text by its codec. */
export type Parts = Record<string, unknown>;

/** How a part is kept as text (JSON unless the caller says otherwise). */
export interface Codec<T> {
  encode(value: T): string;
  decode(text: string): T;
}

/** Codecs by part name. */
export type Codecs<P extends Parts> = { [K in keyof P]?: Codec<P[K]> };

/** One standard file as the index has it. */
export interface IndexedFile<P extends Parts> {
  /** Absolute path. */
  path: string;
  /** The stat taken before the file was read, as a stamp; [] when it could not be taken. */
  stamp: Stamp;
  /** A key of the bytes read (name-key.ts: 64-bit FNV-1a and the length); '' when none were. */
  hash: string;
  /**
   * What was derived from the standard, when it loaded: each part as its codec's text (made where
   * the file was read, on a worker thread: a string crosses threads far more cheaply than a tree
   * of objects, and is what the index keeps).
   */
  texts: { [K in keyof P]: string } | undefined;
  /** Why it did not load (located findings, the file named by its absolute path). */
  findings: Finding[];
}

/** Bump when what the index holds, or how, changes. */
const FORMAT = 5;

/** Segments past which an update merges them all into one. */
const MAX_SEGMENTS = 8;

/** Stamps this close to when the index was begun are checked by content (ms): FAT's 2 s tick. */
const RACY_MS = 2000;

/** What a stat says of a file's content: size, mtime, ctime, inode (numbers: no formatting). */
export type Stamp = number[];

export function stampOf(st: Stats): Stamp {
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}

/** Whether the file is as stamped (never for an empty stamp). */
function sameStamp(st: Stats, s: readonly number[], at = 0): boolean {
  return s.length >= at + 4 && s[at] !== -1 && st.size === s[at] && st.mtimeMs === s[at + 1] && st.ctimeMs === s[at + 2] && st.ino === s[at + 3];
}


/**
 * Reads one standard file for the index: its stat, its bytes (bounded), their hash, and the
 * parts `derive` makes of the standard when it loads — or the findings of why it did not.
 */
export async function readIndexedFile<P extends Parts>(path: string, derive: (s: Standard) => P, codecs?: Codecs<P>): Promise<IndexedFile<P>> {
  const st = statSync(path, { throwIfNoEntry: false });
  const stamp = st ? stampOf(st) : [];
  let bytes: Buffer;
  try {
    bytes = readFileBounded(path, path, MAX_STANDARD_BYTES);
  } catch {
    // Unreadable, too large, not a regular file: the loader says which, located.
    const { loadStandardFile } = await import('./read.js');
    return { path, stamp, hash: '', texts: undefined, findings: loadStandardFile(path).findings };
  }
  // A clean file on the fast path alone (js-yaml and the compiled schema); anything else through
  // the full reader, which loads the YAML parser with positions and locates what is wrong.
  const { fastStandardBytes } = await import('./read-fast.js');
  let standard = fastStandardBytes(bytes);
  let findings: Finding[] = [];
  if (!standard) {
    const loaded = (await import('./read.js')).loadStandardBytes(path, bytes);
    standard = loaded.standard;
    findings = loaded.findings;
  }
  return {
    path,
    stamp,
    hash: bytesKey(bytes),
    texts: standard ? encodeParts(derive(standard), codecs) : undefined,
    findings: standard ? [] : findings,
  };
}

function encodeParts<P extends Parts>(parts: P, codecs: Codecs<P> | undefined): { [K in keyof P]: string } {
  const out = {} as { [K in keyof P]: string };
  for (const name of Object.keys(parts) as Array<keyof P & string>) out[name] = codecOf(codecs, name).encode(parts[name]);
  return out;
}

/** The index as read back: every file in walk order, each part read only when asked for. */
export interface CatalogIndex<P extends Parts> {
  /** Absolute paths, in the order of the walk. */
  paths: string[];
  /** Per file: the findings of why it did not load, or undefined when it did. */
  failed: Array<Finding[] | undefined>;
  /**
   * One part of the files (undefined for those that did not load): of every file, or only of
   * those at the indexes `which` (the others undefined), read from the segments only then.
   */
  part<K extends keyof P & string>(name: K, which?: readonly number[]): Array<P[K] | undefined>;
  /** The same, as the texts the codec made ('' where there is none): for a view made by copying. */
  partText(name: keyof P & string, which: readonly number[]): string[];
  /** How this run got it: from the index as it was, brought up to date, or built afresh. */
  how: 'fresh' | 'updated' | 'built';
  /** The files read in this run. */
  read: number;
  /**
   * A value derived from the whole index (by `make`, as text), kept in a file beside it until the
   * index changes: a run that finds nothing changed reads it back, and nothing else. When files
   * were only changed (none added or removed), `patch` may give the replacements that make the
   * new view from the one kept for the index as it was, knowing the files read again (`changed`,
   * by index); undefined: it can't.
   */
  view(name: string, make: () => string, patch?: (old: string, changed: readonly number[]) => Replacements | undefined): string;
  /** The text of a part as the index had it before this run, for files changed in place (see view). */
  previousText(name: keyof P & string, which: readonly number[]): string[];
  /** Lets go of the index's files (no part can be read after). */
  close(): void;
}

interface Header {
  /** When the run that wrote the index began (ms since the epoch). */
  begun: number;
  /** Names this writing of the index: a view made from another is not used. */
  generation: string;
  /** Paths relative to the root. */
  dirs: Array<[path: string, stamp: Stamp]>;
  files: Array<[path: string, stamp: Stamp, hash: string]>;
  failed: Array<Finding[] | 0>;
  /** The segment files, by id. */
  segments: string[];
  /** Per part, per file: [segment, start, length] of its text (UTF-16 units; length 0: none). */
  parts: Record<string, number[]>;
}

/** A stored index, open: its header read, every segment open (so that a merge by another run changes nothing for this one). */
interface Stored {
  /** The header as kept: flat arrays, parsed fast and checked without making anything. */
  raw: RawHeader;
  /** The same as tuples, made on first use (by an update). */
  readonly header: Header;
  fds: number[];
}

/**
 * The header as written: the same, with the tuples flattened into parallel arrays (stamps four
 * numbers each), so that parsing it makes a few arrays rather than thousands.
 */
interface RawHeader {
  begun: number;
  generation: string;
  dirs: string[];
  dirStamps: number[];
  files: string[];
  fileStamps: number[];
  hashes: string[];
  failed: Array<Finding[] | 0>;
  segments: string[];
  parts: Record<string, number[]>;
}

function flatten(h: Header): RawHeader {
  return {
    begun: h.begun,
    generation: h.generation,
    dirs: h.dirs.map(([p]) => p),
    dirStamps: h.dirs.flatMap(([, s]) => (s.length === 4 ? s : [-1, -1, -1, -1])),
    files: h.files.map(([p]) => p),
    fileStamps: h.files.flatMap(([, s]) => (s.length === 4 ? s : [-1, -1, -1, -1])),
    hashes: h.files.map(([, , hash]) => hash),
    failed: h.failed,
    segments: h.segments,
    parts: h.parts,
  };
}

function expand(r: RawHeader): Header {
  const stamp = (all: number[], k: number): Stamp => (all[4 * k] === -1 ? [] : all.slice(4 * k, 4 * k + 4));
  return {
    begun: r.begun,
    generation: r.generation,
    dirs: r.dirs.map((p, k) => [p, stamp(r.dirStamps, k)]),
    files: r.files.map((p, k) => [p, stamp(r.fileStamps, k), r.hashes[k]!]),
    failed: r.failed,
    segments: r.segments,
    parts: r.parts,
  };
}

function keyLine(salt: string, root: string, names: readonly string[]): string {
  return JSON.stringify(['compstd-index', FORMAT, salt, root, names]);
}

function segmentFile(file: string, id: string): string {
  return `${file}.${id}.seg`;
}

function openStored(file: string, key: string): Stored | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf16le');
  } catch {
    return undefined;
  }
  const eol = text.indexOf('\n');
  if (eol < 0 || text.slice(0, eol) !== key || !text.endsWith('\n')) return undefined;
  let raw: RawHeader;
  try {
    raw = JSON.parse(text.slice(eol + 1, -1)) as RawHeader;
  } catch {
    return undefined; // cut short
  }
  const fds: number[] = [];
  try {
    for (const id of raw.segments) fds.push(openSync(segmentFile(file, id), 'r'));
  } catch {
    for (const fd of fds) closeSync(fd);
    return undefined; // a segment gone: merged away by another run
  }
  let header: Header | undefined;
  return {
    raw,
    get header() {
      return (header ??= expand(raw));
    },
    fds,
  };
}

/** Reads the texts at [segment, start, length] (UTF-16 units). */
function readSpans(stored: Stored, spans: ReadonlyArray<[number, number, number]>): string[] {
  const out = new Array<string>(spans.length);
  // Per segment, in order of position: runs of spans close together are read at once.
  const order = spans.map((_, k) => k).sort((a, b) => spans[a]![0] - spans[b]![0] || spans[a]![1] - spans[b]![1]);
  let i = 0;
  while (i < order.length) {
    const [seg, start] = spans[order[i]!]!;
    let end = start + spans[order[i]!]![2];
    let j = i + 1;
    // Join the next span while the gap is small next to what is read.
    while (j < order.length) {
      const [s2, a2, n2] = spans[order[j]!]!;
      if (s2 !== seg || a2 - end > 32768) break;
      end = Math.max(end, a2 + n2);
      j++;
    }
    const buf = Buffer.allocUnsafe((end - start) * 2);
    const got = readSync(stored.fds[seg]!, buf, 0, buf.length, start * 2);
    if (got !== buf.length) throw new Error('the index was cut short');
    for (let k = i; k < j; k++) {
      const [, a, n] = spans[order[k]!]!;
      out[order[k]!] = buf.toString('utf16le', (a - start) * 2, (a - start + n) * 2);
    }
    i = j;
  }
  return out;
}

/** Walk order: by path component, each compared as a string (a folder's files where its name falls). */
function walkOrder(a: string, b: string): number {
  const pa = a.split(/[\\/]/);
  const pb = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

export interface IndexOptions<P extends Parts> {
  /** The catalogue folder (absolute). */
  root: string;
  /** Where the index is kept, and what it depends on besides the files; none: build, keep nothing. */
  cache: { dir: string; salt: string } | undefined;
  /** The names of the parts `read` derives (every one is stored). */
  names: ReadonlyArray<keyof P & string>;
  /** How parts are kept as text; JSON for those not named. */
  codecs?: Codecs<P>;
  /** Reads files for the index, in the order given (on several threads when there are many). */
  read(paths: readonly string[], each: (index: number, file: IndexedFile<P>) => void): Promise<void>;
}

interface Entry<P extends Parts> {
  /** Absolute path. */
  path: string;
  stamp: Stamp;
  hash: string;
  failed: Finding[] | undefined;
  /** The file's index in the stored header, or the file as read in this run. */
  from: number | IndexedFile<P>;
}

const JSON_CODEC: Codec<unknown> = { encode: (v) => JSON.stringify(v), decode: (text) => JSON.parse(text) as unknown };

function codecOf<P extends Parts>(codecs: Codecs<P> | undefined, name: keyof P & string): Codec<unknown> {
  return (codecs?.[name] as Codec<unknown> | undefined) ?? JSON_CODEC;
}

/** Where the views of an index are kept, and which writing of it they are of. */
interface ViewPlace {
  file: string;
  dir: string;
  key: string;
  generation: string;
}

function viewFile(place: ViewPlace, name: string): string {
  return `${place.file}.${name.replace(/[^a-z0-9-]/gi, '_')}.view`;
}

function deltaFile(place: ViewPlace, name: string): string {
  return `${viewFile(place, name)}.delta`;
}

/** Replacements made to a view: each [before, after], applied in order to the first `before` found. */
export type Replacements = Array<[before: string, after: string]>;

/** Past this much text in a view's replacements (UTF-16 units), the view is written whole again. */
const MAX_DELTA = 1 << 20;

function applyReplacements(text: string, replacements: Replacements): string {
  let out = text;
  for (const [before, after] of replacements) {
    const at = out.indexOf(before);
    if (at < 0) throw new Error('a view replacement does not apply');
    out = `${out.slice(0, at)}${after}${out.slice(at + before.length)}`;
  }
  return out;
}

/** Replacements after replacements, as one list: a text replaced again is replaced once, from the first. */
function chain(first: Replacements, then: Replacements): Replacements {
  const out = first.map(([a, b]): [string, string] => [a, b]);
  for (const [before, after] of then) {
    const again = out.findIndex(([, b]) => b === before);
    if (again >= 0) out[again]![1] = after;
    else out.push([before, after]);
  }
  return out.filter(([a, b]) => a !== b);
}

/** The text of a file after `head`, or undefined when it does not begin so: the rest is read only then. */
function readText(path: string, head: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const want = Buffer.from(head, 'utf16le');
    const got = Buffer.allocUnsafe(want.length);
    if (readSync(fd, got, 0, got.length, 0) !== got.length || !got.equals(want)) return undefined;
    const size = fstatSync(fd).size - want.length;
    const rest = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, rest, at, size - at, want.length + at);
      if (n === 0) return undefined; // cut short meanwhile
      at += n;
    }
    return rest.toString('utf16le');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * A view of the index as `place` names it: the view file written for that writing of the index,
 * or an older one (its base) with the replacements made since, kept in a small delta file.
 */
function readView(place: ViewPlace, name: string): { text: string; base: string; replacements: Replacements } | undefined {
  const whole = readText(viewFile(place, name), `${place.key}\t${place.generation}\n`);
  if (whole !== undefined) return { text: whole, base: place.generation, replacements: [] };
  const delta = readText(deltaFile(place, name), `${place.key}\t${place.generation}\t`);
  if (delta === undefined) return undefined;
  const eol = delta.indexOf('\n');
  const base = delta.slice(0, eol);
  const text = readText(viewFile(place, name), `${place.key}\t${base}\n`);
  if (text === undefined) return undefined;
  try {
    const replacements = JSON.parse(delta.slice(eol + 1)) as Replacements;
    return { text: applyReplacements(text, replacements), base, replacements };
  } catch {
    return undefined;
  }
}

/**
 * Writes a file whole (a temporary file renamed over it), from one text or many (written a
 * megabyte at a time, never joined into one); false when it could not be written.
 */
function writeWhole(file: string, dir: string, text: string | readonly string[]): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    if (typeof text === 'string' && text.length <= 1 << 19) {
      writeFileSync(tmp, text, 'utf16le');
    } else if (typeof text === 'string') {
      // A long text in pieces: no copy of the whole as bytes beside it.
      const fd = openSync(tmp, 'w');
      try {
        for (let at = 0; at < text.length; at += 1 << 19) writeSync(fd, text.slice(at, at + (1 << 19)), null, 'utf16le');
      } finally {
        closeSync(fd);
      }
    } else {
      const fd = openSync(tmp, 'w');
      try {
        let chunk: string[] = [];
        let size = 0;
        const flush = () => {
          if (size > 0) writeSync(fd, chunk.join(''), null, 'utf16le');
          chunk = [];
          size = 0;
        };
        for (const t of text) {
          chunk.push(t);
          size += t.length;
          if (size >= 1 << 19) flush();
        }
        flush();
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, file);
    return true;
  } catch {
    // a read-only or full cache folder: go on without it
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return false;
  }
}

/** Per entry asked for, the text of one part ('' where there is none): from the segments, or made now. */
function partTexts<P extends Parts>(
  entries: ReadonlyArray<Entry<P>>,
  stored: Stored | undefined,
  codec: Codec<unknown>,
  name: string,
  which: readonly number[],
): string[] {
  const spans: Array<[number, number, number]> = [];
  const fromStore: number[] = [];
  const out = new Array<string>(which.length).fill('');
  which.forEach((k, n) => {
    const from = entries[k]!.from;
    if (typeof from !== 'number') {
      out[n] = from.texts?.[name] ?? '';
      return;
    }
    const at = stored?.raw.parts[name];
    const len = at?.[3 * from + 2] ?? 0;
    if (len === 0) return;
    spans.push([at![3 * from]!, at![3 * from + 1]!, len]);
    fromStore.push(n);
  });
  if (stored) readSpans(stored, spans).forEach((text, j) => (out[fromStore[j]!] = text));
  return out;
}

function makeIndex<P extends Parts>(
  o: IndexOptions<P>,
  entriesOf: ReadonlyArray<Entry<P>> | (() => Array<Entry<P>>),
  stored: Stored | undefined,
  how: CatalogIndex<P>['how'],
  read: number,
  place: ViewPlace | undefined,
  /** Where the views of the index as it was are, when this run changed files in place only (same files, same order). */
  previous: ViewPlace | undefined,
): CatalogIndex<P> {
  // Made on first use: a run that only reads a view never needs them.
  let made: ReadonlyArray<Entry<P>> | undefined = typeof entriesOf === 'function' ? undefined : entriesOf;
  const all = (): ReadonlyArray<Entry<P>> => (made ??= (entriesOf as () => Array<Entry<P>>)());
  const everyOf = () => all().map((_, k) => k);
  return {
    get paths() {
      return all().map((e) => e.path);
    },
    get failed() {
      return all().map((e) => e.failed);
    },
    part<K extends keyof P & string>(name: K, which: readonly number[] = everyOf()): Array<P[K] | undefined> {
      const entries = all();
      const out = new Array<P[K] | undefined>(entries.length).fill(undefined);
      const codec = codecOf(o.codecs, name);
      partTexts(entries, stored, codec, name, which).forEach((text, n) => {
        if (text !== '') out[which[n]!] = codec.decode(text) as P[K];
      });
      return out;
    },
    partText(name, which) {
      return partTexts(all(), stored, codecOf(o.codecs, name), name, which);
    },
    previousText(name, which) {
      if (!stored || !previous) throw new Error('no previous index to read from');
      const entries = all();
      const before = which.map((k) => ({ ...entries[k]!, from: k }));
      return partTexts(before, stored, codecOf(o.codecs, name), name, before.map((_, n) => n));
    },
    how,
    read,
    view(name, make, patch) {
      const kept = place ? readView(place, name) : undefined;
      if (kept !== undefined) return kept.text;
      if (patch && previous && stored) {
        // Files changed in place: the view as it was, with the replacements `patch` asks for,
        // kept as a small delta on the view's base while it stays small.
        const old = readView({ ...previous, generation: stored.raw.generation }, name);
        const entries = all();
        const changed = everyOf().filter((k) => typeof entries[k]!.from !== 'number');
        const more = old === undefined ? undefined : patch(old.text, changed);
        if (old !== undefined && more !== undefined) {
          const text = applyReplacements(old.text, more);
          const replacements = chain(old.replacements, more);
          const size = replacements.reduce((sum, [a, b]) => sum + a.length + b.length, 0);
          if (size <= MAX_DELTA && place) {
            writeWhole(deltaFile(place, name), place.dir, `${place.key}\t${place.generation}\t${old.base}\n${JSON.stringify(replacements)}`);
          } else if (place) {
            writeWhole(viewFile(place, name), place.dir, `${place.key}\t${place.generation}\n${text}`);
          }
          return text;
        }
      }
      const made = make();
      if (place) writeWhole(viewFile(place, name), place.dir, `${place.key}\t${place.generation}\n${made}`);
      return made;
    },
    close() {
      for (const fd of stored?.fds ?? []) closeSync(fd);
    },
  };
}

/** A file as the stored header has it, at index `i` (failed: 0 for one that loaded). */
function storedEntry<P extends Parts>(path: string, stamp: Stamp, hash: string, failed: Finding[] | 0 | undefined, i: number): Entry<P> {
  return { path, stamp, hash, failed: failed === 0 || failed === undefined ? undefined : failed, from: i };
}

function entryOf<P extends Parts>(f: IndexedFile<P>): Entry<P> {
  return { path: f.path, stamp: f.stamp, hash: f.hash, failed: f.texts ? undefined : f.findings, from: f };
}

/** Whether the file's bytes still have this hash (a racy stamp checked by content). */
function sameContent(path: string, hash: string): boolean {
  if (hash === '') return false;
  try {
    return bytesKey(readFileBounded(path, path, MAX_STANDARD_BYTES)) === hash;
  } catch {
    return false;
  }
}

type Outcome<P extends Parts> = {
  entries: Array<Entry<P>>;
  /** Files added, removed or reordered since the stored index (a view can't be patched then). */
  reshaped: boolean;
  dirs: Array<[path: string, stamp: Stamp]>;
  how: CatalogIndex<P>['how'];
  read: number;
  changed: boolean;
};

function indexFile(root: string, dir: string): string {
  return join(dir, `${nameKey(root)}.index`);
}

/** Forgets the stored index of `root` (one found broken): the next run builds it afresh. */
export function discardIndex(root: string, cache: { dir: string }): void {
  unlinkQuietly(indexFile(root, cache.dir));
}

/**
 * The index of the catalogue at `root`: from the cache when nothing changed, else brought up to
 * date (and stored again). Call `close()` when done with its parts.
 */
export async function catalogIndex<P extends Parts>(o: IndexOptions<P>): Promise<CatalogIndex<P>> {
  const begun = Date.now();
  const key = keyLine(o.cache?.salt ?? '', o.root, o.names);
  const file = o.cache ? indexFile(o.root, o.cache.dir) : undefined;
  let stored = file ? openStored(file, key) : undefined;
  let result: Outcome<P>;
  try {
    const same = stored ? unchanged(o, stored, begun) : 'no';
    if (stored && same === 'all') {
      // Nothing changed: the index as it is, its entries made only if asked for.
      const kept = stored;
      const { abs } = pathsUnder(o.root);
      const entries = () =>
        kept.header.files.map(([rel, stamp, hash], i): Entry<P> => {
          const failed = kept.header.failed[i];
          return storedEntry<P>(abs(rel), stamp, hash, failed, i);
        });
      const place = file && o.cache ? { file, dir: o.cache.dir, key, generation: kept.raw.generation } : undefined;
      return makeIndex(o, entries, stored, 'fresh', 0, place, undefined);
    }
    if (stored) {
      result = await update(o, stored, begun, same === 'folders');
    } else {
      const tree = walkTree(o.root);
      const paths = tree.files.map((f) => f.path);
      const dirs: Outcome<P>['dirs'] = tree.dirs.map((d) => [d.path, stampOf(d.stat)]);
      // Built straight into the cache, each file's texts written as it comes: none is held.
      if (file && o.cache && (await buildOnDisk(o, file, key, begun, paths, dirs))) stored = openStored(file, key);
      if (stored) {
        const { header } = stored;
        const entries = header.files.map(([, stamp, hash], i): Entry<P> => {
          const failed = header.failed[i];
          return storedEntry<P>(paths[i]!, stamp, hash, failed, i);
        });
        const place = { file: file!, dir: o.cache!.dir, key, generation: header.generation };
        return makeIndex(o, entries, stored, 'built', paths.length, place, undefined);
      }
      const read = new Array<IndexedFile<P>>(paths.length);
      await o.read(paths, (k, f) => (read[k] = f));
      result = { entries: read.map(entryOf), reshaped: true, dirs, how: 'built', read: read.length, changed: true };
    }
  } catch (e) {
    for (const fd of stored?.fds ?? []) closeSync(fd);
    throw e;
  }
  let generation = stored?.raw.generation ?? '';
  let place: ViewPlace | undefined;
  if (file && o.cache) {
    if (result.changed) {
          generation = write(o, file, key, begun, result, stored) ?? '';
    }
    // Views only of an index that is on disk as this run sees it.
    if (generation !== '') place = { file, dir: o.cache.dir, key, generation };
  }
  const inPlace = stored && result.changed && !result.reshaped && place ? place : undefined;
  return makeIndex(o, result.entries, stored, result.how, result.read, place, inPlace);
}

/**
 * Builds the index into the cache: the files read (on several threads when many), each file's
 * texts appended to one new segment as it comes back, then the header. Memory holds the stamps
 * and where each text went, not the texts. False when the cache can't be written.
 */
async function buildOnDisk<P extends Parts>(
  o: IndexOptions<P>,
  file: string,
  key: string,
  begun: number,
  paths: readonly string[],
  dirs: Array<[path: string, stamp: Stamp]>,
): Promise<boolean> {
  const dir = o.cache!.dir;
  const id = uniqueName();
  const segment = segmentFile(file, id);
  const tmp = `${segment}.${process.pid}.tmp`;
  let fd: number;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, 'w');
  } catch {
    return false;
  }
  const n = paths.length;
  const files = new Array<Header['files'][number]>(n);
  const failed = new Array<Header['failed'][number]>(n);
  const parts: Header['parts'] = Object.fromEntries(o.names.map((name) => [name, new Array<number>(3 * n).fill(0)]));
  let length = 0;
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size > 0) writeSync(fd, pending.join(''), null, 'utf16le');
    pending = [];
    size = 0;
  };
  const { rel } = pathsUnder(o.root);
  try {
    await o.read(paths, (k, f) => {
      files[k] = [rel(f.path), f.stamp, f.hash];
      failed[k] = f.texts ? 0 : f.findings;
      for (const name of o.names) {
        const text = f.texts?.[name] ?? '';
        const at = parts[name]!;
        at[3 * k + 1] = length;
        at[3 * k + 2] = text.length;
        pending.push(text);
        length += text.length;
        size += text.length;
      }
      if (size >= 1 << 19) flush();
    });
    flush();
    closeSync(fd);
    renameSync(tmp, segment);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    unlinkQuietly(tmp);
    // A file that could not be read is a finding; only the cache failing is no index.
    if (e instanceof Error && 'code' in e && typeof (e as NodeJS.ErrnoException).code === 'string') return false;
    throw e;
  }
  const header: Header = { begun, generation: uniqueName(), dirs: dirs.map(([p, stamp]) => [rel(p), stamp]), files, failed, segments: [id], parts };
  if (!writeWhole(file, dir, `${key}\n${JSON.stringify(flatten(header))}\n`)) {
    unlinkQuietly(segment);
    return false;
  }
  return true;
}

/** Paths below the root, to and from the form the header keeps (relative, with `/`). */
function pathsUnder(root: string): { abs: (rel: string) => string; rel: (path: string) => string } {
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  return {
    abs: (rel) => (rel === '' ? root : sep === '/' ? `${prefix}${rel}` : join(root, rel)),
    rel: (path) => (path.startsWith(prefix) ? (sep === '/' ? path.slice(prefix.length) : relative(root, path).split(sep).join('/')) : relative(root, path)),
  };
}

/**
 * The common case first, with nothing made: whether every folder and file is as stamped (a racy
 * file checked by content), no stamp settling. Anything else goes to `update`, which states them
 * again and says what changed.
 */
function unchanged<P extends Parts>(o: IndexOptions<P>, stored: Stored, begun: number): 'all' | 'folders' | 'no' {
  const { raw } = stored;
  const { abs } = pathsUnder(o.root);
  const since = raw.begun - RACY_MS;
  for (let k = 0; k < raw.dirs.length; k++) {
    const st = statSync(abs(raw.dirs[k]!), { throwIfNoEntry: false });
    if (!st?.isDirectory() || !sameStamp(st, raw.dirStamps, 4 * k) || Math.max(st.mtimeMs, st.ctimeMs) >= since) return 'no';
  }
  for (let k = 0; k < raw.files.length; k++) {
    const path = abs(raw.files[k]!);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st || !sameStamp(st, raw.fileStamps, 4 * k)) return 'folders';
    const touched = Math.max(st.mtimeMs, st.ctimeMs);
    // Racy: checked by content; settling: the index is to be written again (update does it).
    if (touched >= since && (touched < begun - RACY_MS || !sameContent(path, raw.hashes[k]!))) return 'folders';
  }
  return 'all';
}

/** Brings a stored index up to date: what changed since, read again; the rest kept. */
async function update<P extends Parts>(o: IndexOptions<P>, stored: Stored, begun: number, foldersAsStamped: boolean): Promise<Outcome<P>> {
  const { header } = stored;
  const { abs } = pathsUnder(o.root);
  const racy = (st: Stats) => Math.max(st.mtimeMs, st.ctimeMs) >= header.begun - RACY_MS;
  // A stamp racy for the stored index but not for this run's: checked once more, then the index is
  // written again with this run's start, so that it is not checked by content on every run.
  const settles = (st: Stats) => racy(st) && Math.max(st.mtimeMs, st.ctimeMs) < begun - RACY_MS;
  let changed = false;
  let rewalk = false;
  const dirs: Outcome<P>['dirs'] = [];
  // Folders first: one whose stamp changed (or can't be trusted) is listed again, for files added
  // to it or gone from it. The maps are made only then.
  let knownDirs: Set<string> | undefined;
  let known: Map<string, number> | undefined;
  let byDir: Map<string, string[]> | undefined;
  const added: string[] = [];
  const gone = new Set<string>();
  // Folders just found as stamped (and not racy) by `unchanged` are not stated again.
  if (foldersAsStamped) for (const [rel, stamp] of header.dirs) dirs.push([abs(rel), stamp]);
  for (const [rel, stamp] of foldersAsStamped ? [] : header.dirs) {
    const path = abs(rel);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st?.isDirectory()) {
      rewalk = true; // a folder removed or replaced: walk again
      break;
    }
    const same = sameStamp(st, stamp);
    dirs.push([path, same ? stamp : stampOf(st)]);
    if (same && !racy(st)) continue;
    if (!same || settles(st)) changed = true;
    const listing = listDir(path);
    knownDirs ??= new Set(header.dirs.map(([p]) => abs(p)));
    if (!listing || listing.dirs.some((d) => !knownDirs!.has(d))) {
      rewalk = true; // a new folder: walk again
      break;
    }
    known ??= new Map(header.files.map(([p], i) => [abs(p), i]));
    if (!byDir) {
      byDir = new Map();
      for (const p of known.keys()) {
        const list = byDir.get(dirname(p));
        if (list) list.push(p);
        else byDir.set(dirname(p), [p]);
      }
    }
    const here = new Set(listing.files.map((f) => f.path));
    for (const f of listing.files) if (!known.has(f.path)) added.push(f.path);
    for (const p of byDir.get(path) ?? []) if (!here.has(p)) gone.add(p);
  }
  // The files now, and where each was in the header (undefined: new).
  let files: Array<[path: string, at: number | undefined]>;
  let reshaped = true;
  if (rewalk) {
    const tree = walkTree(o.root);
    known ??= new Map(header.files.map(([p], i) => [abs(p), i]));
    files = tree.files.map((f) => [f.path, known!.get(f.path)]);
    dirs.length = 0;
    for (const d of tree.dirs) dirs.push([d.path, stampOf(d.stat)]);
    changed = true;
  } else if (gone.size > 0 || added.length > 0) {
    const paths = [...header.files.map(([p]) => abs(p)).filter((p) => !gone.has(p)), ...added].sort(walkOrder);
    files = paths.map((p) => [p, known!.get(p)]);
    changed = true;
  } else {
    files = header.files.map(([p], i) => [abs(p), i]);
    reshaped = false;
  }
  // Every file: kept when its stamp is unchanged (and, when racy, its bytes too), else read again.
  const entries: Array<Entry<P> | undefined> = [];
  const toRead: number[] = [];
  for (const [path, i] of files) {
    const st = i === undefined ? undefined : statSync(path, { throwIfNoEntry: false });
    const [, stamp, hash] = i === undefined ? ['', [], ''] : header.files[i]!;
    if (i !== undefined && st && sameStamp(st, stamp) && (!racy(st) || sameContent(path, hash))) {
      if (settles(st)) changed = true;
      const failed = header.failed[i];
      entries.push(storedEntry<P>(path, stamp, hash, failed, i));
    } else {
      toRead.push(entries.length);
      entries.push(undefined);
    }
  }
  if (toRead.length > 0) {
    changed = true;
    await o.read(
      toRead.map((k) => files[k]![0]),
      (n, f) => (entries[toRead[n]!] = entryOf(f)),
    );
  }
  return { entries: entries as Array<Entry<P>>, reshaped, dirs, how: changed ? 'updated' : 'fresh', read: toRead.length, changed };
}

/**
 * Writes the index: the parts of the files read in this run as a new segment (or, on a build or
 * past MAX_SEGMENTS, every part as one segment), then the header naming them. The generation
 * written, or undefined when it could not be.
 */
function write<P extends Parts>(o: IndexOptions<P>, file: string, key: string, begun: number, result: Outcome<P>, stored: Stored | undefined): string | undefined {
  const { entries } = result;
  const dir = o.cache!.dir;
  const merge = !stored || stored.header.segments.length >= MAX_SEGMENTS;
  const id = uniqueName();
  const segments = merge ? [id] : [...stored.header.segments, id];
  const newSeg = segments.length - 1;
  // Which entries' texts go into the new segment: every one when merging, else those read now.
  const moved = entries.map((e, k) => k).filter((k) => merge || typeof entries[k]!.from !== 'number');
  const body: string[] = [];
  let length = 0;
  const parts: Header['parts'] = {};
  for (const name of o.names) {
    const at = new Array<number>(entries.length * 3).fill(0);
    if (!merge) {
      // Kept where they are: the same segment, start and length as before.
      const before = stored.header.parts[name] ?? [];
      entries.forEach((e, k) => {
        if (typeof e.from !== 'number') return;
        at[3 * k] = before[3 * e.from] ?? 0;
        at[3 * k + 1] = before[3 * e.from + 1] ?? 0;
        at[3 * k + 2] = before[3 * e.from + 2] ?? 0;
      });
    }
    // Stored texts are copied as they are: nothing is decoded to be written again.
    partTexts(entries, stored, codecOf(o.codecs, name), name, moved).forEach((text, n) => {
      const k = moved[n]!;
      at[3 * k] = newSeg;
      at[3 * k + 1] = length;
      at[3 * k + 2] = text.length;
      body.push(text);
      length += text.length;
    });
    parts[name] = at;
  }
  const { rel } = pathsUnder(o.root);
  const generation = uniqueName();
  const header: Header = {
    begun,
    generation,
    dirs: result.dirs.map(([p, stamp]) => [rel(p), stamp]),
    files: entries.map((e) => [rel(e.path), e.stamp, e.hash]),
    failed: entries.map((e) => e.failed ?? 0),
    segments,
    parts,
  };
  if (!writeWhole(segmentFile(file, id), dir, body)) return undefined;
  if (!writeWhole(file, dir, `${key}\n${JSON.stringify(flatten(header))}\n`)) {
    unlinkQuietly(segmentFile(file, id));
    return undefined;
  }
  // Segments merged away: no header names them now (a run that opened one keeps reading it).
  if (merge) for (const old of stored?.header.segments ?? []) unlinkQuietly(segmentFile(file, old));
  return generation;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}
