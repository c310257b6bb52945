/**
 * A cache of what was learnt from a file — a standard that loaded cleanly (for show, list), or
 * the outcome of validating it — as JSON, keyed by the file's path and checked against its stat
 * (size, mtime, ctime, inode) on every use, so a changed file is always read afresh: the cache
 * is never stale, only sometimes cold. A hit costs one stat and one small JSON read, and spares
 * the YAML parser, the schema validator and the rules. Failures to read or write the cache are
 * ignored: it is only ever a shortcut.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Standard } from '../model/schema.js';
import { nameKey } from './name-key.js';

/** Bump when what a cached entry means changes; the schema's own $id and text are keyed too. */
const CACHE_FORMAT = 3;

interface CachedFile<T> {
  format: number;
  salt: string;
  path: string;
  stamp: string;
  value: T;
}

function stampOf(stat: Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

export class FileCache<T = Standard> {
  /**
   * @param dir folder of the cache entries
   * @param salt what else a valid entry depends on (compstd's version and the schema)
   */
  constructor(
    readonly dir: string,
    private readonly salt: string,
  ) {}

  private entryPath(path: string): string {
    return join(this.dir, `${nameKey(path)}.json`);
  }

  /** What was cached for `path`, if the file is unchanged since. */
  get(path: string): T | undefined {
    try {
      const stamp = stampOf(statSync(path));
      const entry = JSON.parse(readFileSync(this.entryPath(path), 'utf8')) as CachedFile<T>;
      if (entry.format === CACHE_FORMAT && entry.salt === this.salt && entry.path === path && entry.stamp === stamp) {
        return entry.value;
      }
    } catch {
      // no entry, unreadable, or the file is gone: a miss
    }
    return undefined;
  }

  private ready = false;

  /**
   * Caches what was learnt from `path`, whose stat was `stat` before it was read. A write cut
   * short leaves an entry that does not parse, which reads as a miss: no temporary file needed.
   */
  set(path: string, stat: Stats, value: T): void {
    try {
      if (!this.ready) mkdirSync(this.dir, { recursive: true });
      this.ready = true;
      const entry: CachedFile<T> = { format: CACHE_FORMAT, salt: this.salt, path, stamp: stampOf(stat), value };
      writeFileSync(this.entryPath(path), JSON.stringify(entry));
    } catch {
      // a read-only or full disk: go on without caching
    }
  }
}

/**
 * What a cached entry depends on besides the file: compstd's version and the schema's text, so
 * an upgrade or a schema change never serves data checked against another schema.
 */
export function cacheSalt(version: string, schemaPath: string): string {
  let schema: string;
  try {
    schema = readFileSync(schemaPath, 'utf8');
  } catch {
    schema = 'unknown';
  }
  return `${version}:${nameKey(schema)}:${schema.length}`;
}

/** The default cache folder: COMPSTD_CACHE_DIR, else $XDG_CACHE_HOME/compstd, else ~/.cache/compstd. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.COMPSTD_CACHE_DIR) return env.COMPSTD_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'compstd');
  if (env.HOME) return join(env.HOME, '.cache', 'compstd');
  return undefined;
}

/** A file's stat, taken before it is read (a file changed meanwhile is read again next time); undefined when it can't be. */
export function statBeforeRead(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
