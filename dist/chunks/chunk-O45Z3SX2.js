import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  nameKey
} from "./chunk-KVAWWGG5.js";

// src/load/cache.ts
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var CACHE_FORMAT = 3;
function stampOf(stat) {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}
var FileCache = class {
  /**
   * @param dir folder of the cache entries
   * @param salt what else a valid entry depends on (compstd's version and the schema)
   */
  constructor(dir, salt) {
    this.dir = dir;
    this.salt = salt;
  }
  dir;
  salt;
  entryPath(path) {
    return join(this.dir, `${nameKey(path)}.json`);
  }
  /** What was cached for `path`, if the file is unchanged since. */
  get(path) {
    try {
      let stamp = stampOf(statSync(path)), entry = JSON.parse(readFileSync(this.entryPath(path), "utf8"));
      if (entry.format === CACHE_FORMAT && entry.salt === this.salt && entry.path === path && entry.stamp === stamp)
        return entry.value;
    } catch {
    }
  }
  ready = !1;
  /**
   * Caches what was learnt from `path`, whose stat was `stat` before it was read. A write cut
   * short leaves an entry that does not parse, which reads as a miss: no temporary file needed.
   */
  set(path, stat, value) {
    try {
      this.ready || mkdirSync(this.dir, { recursive: !0 }), this.ready = !0;
      let entry = { format: CACHE_FORMAT, salt: this.salt, path, stamp: stampOf(stat), value };
      writeFileSync(this.entryPath(path), JSON.stringify(entry));
    } catch {
    }
  }
};
function cacheSalt(version, schemaPath) {
  let schema;
  try {
    schema = readFileSync(schemaPath, "utf8");
  } catch {
    schema = "unknown";
  }
  return `${version}:${nameKey(schema)}:${schema.length}`;
}
function defaultCacheDir(env) {
  if (env.COMPSTD_CACHE_DIR) return env.COMPSTD_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "compstd");
  if (env.HOME) return join(env.HOME, ".cache", "compstd");
}
function statBeforeRead(path) {
  try {
    return statSync(path);
  } catch {
    return;
  }
}

export {
  FileCache,
  cacheSalt,
  defaultCacheDir,
  statBeforeRead
};
