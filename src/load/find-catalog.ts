/**
 * Which catalogue a run uses, found the way git and ESLint find their configuration:
 *
 *   1. `--catalog DIR`, else `COMPSTD_CATALOG=DIR` (relative to the working directory);
 *   2. else, from the working directory upwards, the nearest folder holding `.compstd.yaml`
 *      (its `catalog:` names the catalogue folder, `standards` by default) or a `standards/`
 *      folder holding standard files (`<CODE>/v<N>.yaml`); the search stops at the root of the
 *      git repository the working directory is in (the folder holding `.git`), or at the
 *      filesystem root outside one;
 *   3. else the bundled standards.
 *
 * A catalogue found by 1 or 2 has the bundled standards behind it as a read-only reference
 * (unless its config says `reference: none`): a reference that names no standard of the user's
 * catalogue is looked up there, so a draft can be compared with the published version. Listing,
 * searching, `validate` and `diff --git` see the user's catalogue only.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { STANDARD_CODE_PATTERN } from '../model/code.js';
import { UsageError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import type { RepoConfig } from './config-file.js';
import { bundledCatalogRoot, CONFIG_FILE, displayPath } from './paths.js';

/** How the catalogue was found. */
export type CatalogHow = 'flag' | 'env' | 'config' | 'standards-folder' | 'bundled';

export interface CatalogSource {
  /** The catalogue folder, absolute. */
  root: string;
  how: CatalogHow;
  /** The config file that applies (rule severities), absolute; undefined when there is none. */
  config: string | undefined;
  /** The bundled catalogue behind this one, read-only; undefined when there is none. */
  reference: string | undefined;
}

export interface FindOptions {
  cwd: string;
  /** --catalog */
  flag?: string | undefined;
  /** COMPSTD_CATALOG */
  env?: string | undefined;
  /** The bundled catalogue (tests give another one). */
  bundled?: string;
}

const VERSION_FILE = /^v[0-9]+\.ya?ml$/i;

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function same(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** A `standards/` folder counts when it holds a `<CODE>/v<N>.yaml` file (a few folders looked at). */
export function holdsStandards(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  let looked = 0;
  for (const name of names) {
    if (!STANDARD_CODE_PATTERN.test(name.toUpperCase()) || /V[0-9]+$/i.test(name)) continue;
    if (++looked > 50) break;
    try {
      if (readdirSync(join(dir, name)).some((f) => VERSION_FILE.test(f))) return true;
    } catch {
      // not a folder
    }
  }
  return false;
}

/** Reads a config file: the YAML parser is loaded only when there is one. */
async function readRepoConfig(path: string, display: string): Promise<RepoConfig> {
  return (await import('./config-file.js')).readRepoConfig(path, display);
}

/** A config file's catalogue folder: relative to the config's folder and inside it. */
async function configCatalog(configPath: string, cwd: string): Promise<{ root: string; reference: boolean }> {
  const shown = displayPath(configPath, cwd);
  const config = await readRepoConfig(configPath, shown);
  const base = dirname(configPath);
  const folder = config.catalog ?? 'standards';
  const root = resolve(base, folder);
  const rel = relative(base, root);
  if (isAbsolute(folder) || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError(msg('repo.config.catalogOutside', { file: shown, path: folder }));
  }
  if (!isDir(root)) throw new UsageError(msg('repo.config.catalogMissing', { file: shown, path: folder }));
  // A symlink may not lead the catalogue out of the repository either.
  const realRel = relative(realpathSync(base), realpathSync(root));
  if (realRel.startsWith('..') || isAbsolute(realRel)) throw new UsageError(msg('repo.config.catalogOutside', { file: shown, path: folder }));
  return { root, reference: config.reference !== 'none' };
}

/** Finds the catalogue of a run; see the module's comment. */
export async function findCatalog(o: FindOptions): Promise<CatalogSource> {
  const bundled = o.bundled ?? bundledCatalogRoot();
  const behind = (root: string, wanted: boolean): string | undefined => (wanted && !same(root, bundled) ? bundled : undefined);
  const explicit = o.flag !== undefined && o.flag !== '' ? { dir: o.flag, how: 'flag' as const } : o.env ? { dir: o.env, how: 'env' as const } : undefined;
  if (explicit) {
    const root = resolve(o.cwd, explicit.dir);
    if (!isDir(root)) throw new UsageError(msg('repo.catalogMissing', { path: displayPath(root, o.cwd), how: explicit.how }));
    // A config inside the catalogue folder (as before .compstd.yaml could name its catalogue).
    const inside = join(root, CONFIG_FILE);
    const config = existsSync(inside) ? inside : undefined;
    let reference = true;
    if (config) reference = (await readRepoConfig(config, displayPath(config, o.cwd))).reference !== 'none';
    return { root, how: explicit.how, config, reference: behind(root, reference) };
  }
  let dir = resolve(o.cwd);
  for (let depth = 0; depth < 256; depth++) {
    const config = join(dir, CONFIG_FILE);
    if (existsSync(config)) {
      const found = await configCatalog(config, o.cwd);
      return { root: found.root, how: 'config', config, reference: behind(found.root, found.reference) };
    }
    const standards = join(dir, 'standards');
    if (isDir(standards) && holdsStandards(standards)) {
      const inside = join(standards, CONFIG_FILE);
      const config = existsSync(inside) ? inside : undefined;
      const reference = config ? (await readRepoConfig(config, displayPath(config, o.cwd))).reference !== 'none' : true;
      return { root: standards, how: 'standards-folder', config, reference: behind(standards, reference) };
    }
    if (existsSync(join(dir, '.git'))) break; // the repository's root: its catalogue is not above it
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const inside = join(bundled, CONFIG_FILE);
  return { root: bundled, how: 'bundled', config: existsSync(inside) ? inside : undefined, reference: undefined };
}
