/**
 * A value derived from the whole catalogue (a search index), cached in one file and checked
 * against the stat of every catalogue folder and file: a warm run costs a stat of each and one
 * read, no folder is read, and
 * any added, removed or changed file makes it derive afresh — never stale. Stored as UTF-16, which
 * reads several times faster than UTF-8 for text that is mostly Chinese.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import { DEFAULT_LANG, msg } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import type { Catalog, CatalogView, SkippedFile } from './catalog.js';
import type { Tree } from './discover.js';
import { displayPath } from './paths.js';

/**
 * How to move the paths of a derived value: `to` turns each path (a file named in the value)
 * into another form. The index stores absolute paths, whatever the folder of the run that made
 * it, and each run shows them relative to its own working directory.
 */
export type Relocate<T> = (value: T, to: (path: string) => string) => T;

function relocateFinding(f: Finding, to: (path: string) => string): Finding {
  const out: Finding = { ...f, file: to(f.file) };
  // A message by id that names the file is put into words again with the moved path.
  if (f.messageId !== undefined && typeof f.params?.file === 'string') {
    out.params = { ...f.params, file: to(f.params.file) };
    out.message = t(DEFAULT_LANG, msg(f.messageId, out.params));
  }
  return out;
}

function relocateSkipped(skipped: readonly SkippedFile[], to: (path: string) => string): SkippedFile[] {
  return skipped.map((s) => ({ file: to(s.file), findings: s.findings.map((f) => relocateFinding(f, to)) }));
}

interface Stored<T> {
  skipped: SkippedFile[];
  value: T;
}

/**
 * The stored file: one line naming what it was derived from — a hash of the salt, the name and
 * the stamp of every catalogue folder and file —, one line with when it was written and those
 * paths, then the value as JSON: a stale index is known before the value is parsed.
 */
function stampOf(path: string, st: Stats): string {
  return `${path}\t${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}

/** Stamps this close to the index's writing are not trusted alone (ms). */
const RACY_MS = 2000;

function manifestOf(tree: Tree): Array<{ path: string; stat: Stats }> {
  return [...tree.dirs, ...tree.files];
}

function keyOf(salt: string, name: string, manifest: readonly string[]): string {
  const h = createHash('sha1').update(`${salt}\n${name}\n${manifest.length}\n`);
  for (const m of manifest) h.update(`${m}\n`);
  return h.digest('hex');
}

export async function derivedFromCatalog<T>(
  catalog: Catalog,
  cache: { dir: string; salt: string } | undefined,
  name: string,
  derive: (view: CatalogView) => T,
  relocate: Relocate<T> = (value) => value,
): Promise<{ value: T; skipped: SkippedFile[] }> {
  // Paths are stored absolute and shown relative to this run's folder: an index made from D/
  // answers right from D/sub (the key, from the catalogue's absolute root, is the same).
  const cwd = catalog.cwd;
  const stored = (p: string) => resolve(cwd, p);
  const shown = (p: string) => displayPath(p, cwd);
  const path = cache ? join(cache.dir, `${createHash('sha1').update(`${catalog.root}\n${name}`).digest('hex')}.json`) : undefined;
  let tree: Tree | undefined;
  if (path && cache) {
    try {
      const text = readFileSync(path, 'utf16le');
      const eol1 = text.indexOf('\n');
      const eol2 = text.indexOf('\n', eol1 + 1);
      if (eol1 > 0 && eol2 > eol1) {
        const key = text.slice(0, eol1);
        const { t: written, paths } = JSON.parse(text.slice(eol1 + 1, eol2)) as { t: number; paths: string[] };
        // Fast check: stat again the folders and files the index was made from. Unchanged
        // folders mean no file was added or removed; unchanged files, none was written. A stamp
        // too close to when the index was written can't tell a later change in the same clock
        // tick (coarse file systems): then the folders are read again, as on a first run.
        const stamps: string[] = [];
        let racy = false;
        for (const p of paths) {
          const st = statSync(p, { throwIfNoEntry: false });
          if (!st) break;
          if (Math.max(st.mtimeMs, st.ctimeMs) >= written - RACY_MS) racy = true;
          stamps.push(stampOf(p, st));
        }
        let fresh = !racy && stamps.length === paths.length && key === keyOf(cache.salt, name, stamps);
        if (!fresh && racy) {
          tree = catalog.tree();
          fresh = key === keyOf(cache.salt, name, manifestOf(tree).map((e) => stampOf(e.path, e.stat)));
        }
        if (fresh) {
          const kept = JSON.parse(text.slice(eol2 + 1)) as Stored<T>;
          return { value: relocate(kept.value, shown), skipped: relocateSkipped(kept.skipped, shown) };
        }
      }
    } catch {
      // no index yet, or unreadable: derive it
    }
  }
  tree ??= catalog.tree();
  const walked = manifestOf(tree);
  const key = cache ? keyOf(cache.salt, name, walked.map((e) => stampOf(e.path, e.stat))) : '';
  const view = await catalog.all();
  const value = derive(view);
  if (path && cache) {
    try {
      mkdirSync(cache.dir, { recursive: true });
      const kept: Stored<T> = { skipped: relocateSkipped(view.skipped, stored), value: relocate(value, stored) };
      // UTF-16: decoding it is a copy, where UTF-8 costs ~50 ms on a 9 MB index of Chinese text.
      writeFileSync(path, `${key}\n${JSON.stringify({ t: Date.now(), paths: walked.map((e) => e.path) })}\n${JSON.stringify(kept)}`, 'utf16le'); // a cut write does not parse: a miss next time
    } catch {
      // a read-only cache folder: go on
    }
  }
  return { value, skipped: view.skipped };
}
