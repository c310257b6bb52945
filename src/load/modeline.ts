/**
 * The `$schema` of a standard file's modeline, as seen from where the file is written: the
 * nearest `schemas/standard.schema.json` above it (the copy `compstd init` puts in a repository),
 * else compstd installed in a `node_modules/` above it, up to the repository's root; else the
 * schema of the running installation. Always a relative path with `/`, so that it resolves from
 * the file's place whatever the editor's working folder is.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from './paths.js';

export interface SchemaRef {
  /** The path to put after `$schema=`. */
  ref: string;
  /** false: no schema in the repository; the ref points into the running installation. */
  inRepository: boolean;
}

const CANDIDATES = [join('schemas', 'standard.schema.json'), join('node_modules', 'compstd', 'schemas', 'standard.schema.json')];

function relativeRef(fromDir: string, to: string): string {
  const rel = relative(fromDir, to).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export function schemaRefFor(file: string): SchemaRef {
  const from = dirname(resolve(file));
  let dir = from;
  for (let depth = 0; depth < 256; depth++) {
    for (const candidate of CANDIDATES) {
      const path = join(dir, candidate);
      if (existsSync(path)) return { ref: relativeRef(from, path), inRepository: true };
    }
    if (existsSync(join(dir, '.git'))) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return { ref: relativeRef(from, join(packageRoot(), 'schemas', 'standard.schema.json')), inRepository: false };
}
