/** Finding standard files: folders walked safely (no symlink loops), globs expanded. */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';

export const YAML_FILE = /\.ya?ml$/i;

/** Every YAML file under `root`, sorted; dot-entries and node_modules skipped, each folder once. */
export function walkYaml(root: string): string[] {
  return walkTree(root).files.map((f) => f.path);
}

export interface Tree {
  /** Every folder walked, with its stat taken before it was read. */
  dirs: Array<{ path: string; stat: Stats }>;
  /** Every YAML file, with its stat (taken during the walk: no second stat needed). */
  files: Array<{ path: string; stat: Stats }>;
}

/** What one folder holds for the walk: its YAML files (with their stat) and its folders. */
export interface Listing {
  files: Array<{ path: string; stat: Stats }>;
  /** Folders, and links to folders, in name order. */
  dirs: string[];
}

/**
 * One folder's entries as the walk takes them, in name order: dot-entries and node_modules
 * skipped, YAML files (and links to them) with their stat, folders (and links to them). Undefined
 * when the folder can't be read.
 */
export function listDir(dir: string): Listing | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: Listing['files'] = [];
  const dirs: string[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    // A folder needs no stat of its own; a file that isn't YAML, none at all.
    if (entry.isDirectory()) {
      dirs.push(path);
      continue;
    }
    if (entry.isFile() && !YAML_FILE.test(name)) continue;
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const stat = statSync(path, { throwIfNoEntry: false }); // undefined: a dangling link
    if (!stat) continue;
    if (stat.isDirectory()) dirs.push(path);
    else if (stat.isFile() && YAML_FILE.test(name)) files.push({ path, stat });
  }
  return { files, dirs };
}

/**
 * The same walk, with the stat of each folder and file: a folder's mtime changes when a file is
 * added to it or removed, a file's when it is written, so stating them all again tells whether
 * the tree is unchanged without reading any folder. Files come in walk order: a folder's entries
 * by name, a sub-folder's files where its name falls.
 */
export function walkTree(root: string): Tree {
  const out: Array<{ path: string; stat: Stats }> = [];
  const dirs: Array<{ path: string; stat: Stats }> = [];
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync.native(dir); // one system call, where the JS realpath lstats every part
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symlink loop, or the same folder twice
    seen.add(real);
    const own = statSync(dir, { throwIfNoEntry: false }); // before reading it: a file added meanwhile shows next time
    if (!own) return;
    dirs.push({ path: dir, stat: own });
    const listing = listDir(dir);
    if (!listing) return;
    // Files and folders merged back into name order, as one sorted listing gives them.
    let f = 0;
    for (const sub of listing.dirs) {
      while (f < listing.files.length && listing.files[f]!.path < sub) out.push(listing.files[f++]!);
      walk(sub);
    }
    while (f < listing.files.length) out.push(listing.files[f++]!);
  };
  walk(root);
  return { dirs, files: out };
}

const GLOB_CHARS = /[*?[\]{}]/;

export interface Expanded {
  files: string[];
  /** Inputs that named nothing. */
  missing: string[];
}

/**
 * Files, folders and globs → absolute file paths, in the order given, each once. A file named
 * explicitly is taken whatever its extension; folders and globs give YAML files.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      files.push(p);
    }
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) walkYaml(abs).forEach(add);
    else if (stat) add(abs);
    else if (GLOB_CHARS.test(input)) {
      const { glob } = await import('tinyglobby');
      const hits = (await glob(input, { cwd, absolute: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] }))
        .filter((p) => YAML_FILE.test(p))
        .sort();
      if (hits.length === 0) missing.push(input);
      hits.forEach(add);
    } else missing.push(input);
  }
  return { files, missing };
}
