/** Where things are on disk: the bundled catalogue, and paths as shown to the user. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled `standards/` folder: found by walking up from this module to the package root,
 * so it works from the sources (src/load) and from the bundle (dist/).
 */
export function bundledCatalogRoot(): string {
  return join(packageRoot(), 'standards');
}

/** compstd's own folder (the one with package.json, standards/ and schemas/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'standards'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('compstd: the bundled standards/ folder is missing from the installation');
}

/** A catalogue's (or repository's) config file. */
export const CONFIG_FILE = '.compstd.yaml';

/** A path as shown in messages: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/**
 * A bundled worker script (dist/validate-worker.js, dist/index-worker.js), or undefined when
 * running from unbuilt sources.
 */
export function builtWorkerScript(name: 'validate-worker' | 'index-worker' = 'validate-worker'): string | undefined {
  const path = join(packageRoot(), 'dist', `${name}.js`);
  return existsSync(path) ? path : undefined;
}
