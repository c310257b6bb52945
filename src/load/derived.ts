/**
 * A value derived from the whole catalogue (a search index), cached in one file and checked
 * against the stat of every catalogue file: a warm run costs one folder walk and one read, and
 * any added, removed or changed file makes it derive afresh — never stale.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CatalogView, SkippedFile } from './catalog.js';

interface Stored<T> {
  salt: string;
  name: string;
  manifest: string[];
  skipped: SkippedFile[];
  value: T;
}

export async function derivedFromCatalog<T>(
  catalog: Catalog,
  cache: { dir: string; salt: string } | undefined,
  name: string,
  derive: (view: CatalogView) => T,
): Promise<{ value: T; skipped: SkippedFile[] }> {
  const manifest = catalog.fileStamps();
  const path = cache ? join(cache.dir, `${createHash('sha1').update(`${catalog.root}\n${name}`).digest('hex')}.json`) : undefined;
  if (path && cache) {
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored<T>;
      if (stored.salt === cache.salt && stored.name === name && stored.manifest.length === manifest.length && stored.manifest.every((m, i) => m === manifest[i])) {
        return { value: stored.value, skipped: stored.skipped };
      }
    } catch {
      // no index yet, or unreadable: derive it
    }
  }
  const view = await catalog.all();
  const value = derive(view);
  if (path && cache) {
    try {
      mkdirSync(cache.dir, { recursive: true });
      const stored: Stored<T> = { salt: cache.salt, name, manifest, skipped: view.skipped, value };
      writeFileSync(path, JSON.stringify(stored)); // a cut write does not parse: a miss next time
    } catch {
      // a read-only cache folder: go on
    }
  }
  return { value, skipped: view.skipped };
}
