/** Finding standard files: folders walked safely (no symlink loops), globs expanded. */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';

export const YAML_FILE = /\.ya?ml$/i;

/** Every YAML file under `root`, sorted; dot-entries and node_modules skipped, each folder once. */
export function walkYaml(root: string): string[] {
  return walkYamlStats(root).map((f) => f.path);
}

/** The same walk, with each file's stat (taken during the walk: no second stat needed). */
export function walkYamlStats(root: string): Array<{ path: string; stat: Stats }> {
  const out: Array<{ path: string; stat: Stats }> = [];
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symlink loop, or the same folder twice
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue; // a dangling link
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && YAML_FILE.test(name)) out.push({ path, stat });
    }
  };
  walk(root);
  return out;
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
