/**
 * Standard files as git has them: `REV:path` (a file at a revision) and the standard files changed
 * since a revision (a pull request's review). git runs as a child process; nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../model/errors.js';
import { YAML_FILE } from './discover.js';

/** `HEAD~1:standards/IIS3512-001/v3.yaml` → rev and path; undefined for a plain path (C:\… too). */
export function parseRevPath(ref: string): { rev: string; path: string } | undefined {
  const m = /^([^:\s]+):(.+)$/.exec(ref);
  if (!m || /^[A-Za-z]$/.test(m[1]!)) return undefined;
  if (!YAML_FILE.test(m[2]!)) return undefined;
  return { rev: m[1]!, path: m[2]! };
}

function git(args: readonly string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { code?: string; stderr?: string | Buffer; message: string };
    if (err.code === 'ENOENT') throw new UsageError('git is not installed or not on PATH');
    const detail = String(err.stderr ?? '').trim().split('\n')[0] || err.message;
    throw new InputError(`git ${args.join(' ')}: ${detail}`);
  }
}

/** The repository root of a folder. */
export function gitRoot(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).trim();
}

/**
 * The text of `path` at `rev`. The path is taken from the working directory (as a shell user
 * types it), and tried from the repository root when that finds nothing.
 */
export function readAtRevision(rev: string, path: string, cwd: string): string {
  const root = gitRoot(cwd);
  const fromCwd = relative(root, resolve(cwd, path)).split(sep).join('/');
  try {
    return git(['show', `${rev}:${fromCwd}`], cwd);
  } catch (e) {
    if (fromCwd === path) throw e;
    try {
      return git(['show', `${rev}:${path}`], cwd);
    } catch {
      throw e;
    }
  }
}

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted';
  /** Path from the repository root (for `REV:path`). */
  path: string;
  /** Absolute path in the working tree. */
  abs: string;
}

/**
 * Standard files under `dir` that differ between `base` and the working tree (committed or not),
 * plus new files git does not track yet. Renames count as a deletion and an addition.
 */
export function changedSince(base: string, dir: string): ChangedFile[] {
  const root = gitRoot(dir);
  git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], dir);
  const scope = relative(root, dir).split(sep).join('/') || '.';
  const out: ChangedFile[] = [];
  const seen = new Set<string>();
  const fields = git(['diff', '--name-status', '--no-renames', '-z', base, '--', scope], root).split('\0');
  for (let k = 0; k + 1 < fields.length; k += 2) {
    const code = fields[k]!;
    const path = fields[k + 1]!;
    if (!YAML_FILE.test(path)) continue;
    const status = code.startsWith('A') ? 'added' : code.startsWith('D') ? 'deleted' : 'modified';
    out.push({ status, path, abs: resolve(root, path) });
    seen.add(path);
  }
  for (const path of git(['ls-files', '--others', '--exclude-standard', '-z', '--', scope], root).split('\0')) {
    if (path === '' || seen.has(path) || !YAML_FILE.test(path)) continue;
    out.push({ status: 'added', path, abs: resolve(root, path) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
