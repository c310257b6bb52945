/**
 * Standard files as git has them: `REV:path` (a file at a revision) and the standard files changed
 * since a revision (a pull request's review). The one place that runs git: `execFile` with an
 * argument list (no shell), `--end-of-options` before every revision that comes from what was
 * typed (git ≥ 2.24), `--` and literal pathspecs before paths, output bounded, and git's errors
 * mapped to messages of the `ci` domain. Nothing is written.
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import { YAML_FILE } from './discover.js';
import { MAX_FILE_BYTES } from './read.js';

/** `HEAD~1:standards/IIS3512-001/v3.yaml` → rev and path; undefined for a plain path (C:\… too). */
export function parseRevPath(ref: string): { rev: string; path: string } | undefined {
  const m = /^([^:\s]+):(.+)$/.exec(ref);
  if (!m || /^[A-Za-z]$/.test(m[1]!)) return undefined;
  if (!YAML_FILE.test(m[2]!)) return undefined;
  return { rev: m[1]!, path: m[2]! };
}

/** Output of commands that list paths or print one line. */
const LIST_BYTES = 16 * 1024 * 1024;

/** What is shown of a value from the data or of git's stderr: one line, no control characters, bounded. */
export function shown(s: string, max = 200): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/**
 * A revision as typed can't be an option of git: `-…` is refused here (git never names a ref so),
 * and `--end-of-options` before it tells git the same. NUL can't be passed in an argument at all.
 */
export function checkRevision(rev: string): void {
  if (rev === '' || rev.startsWith('-') || rev.includes('\0')) throw new UsageError(msg('ci.badRevision', { rev: shown(rev) }));
}

interface GitCall {
  cwd: string;
  /** Largest output accepted, in bytes. */
  maxBytes?: number;
  /** What the output is, for the message when it is too large. */
  what?: string;
  /** The revision and path being read, for messages. */
  rev?: string;
  path?: string;
}

interface ExecError extends Error {
  code?: string | number;
  stderr?: string;
}

/** Runs git; its errors become one message of the `ci` domain. */
export function runGit(args: readonly string[], call: GitCall): Promise<string> {
  const maxBuffer = call.maxBytes ?? LIST_BYTES;
  return new Promise((done, fail) => {
    execFile(
      'git',
      // No pager, no colour, no lazy fetch of missing objects, whatever the user's configuration says.
      ['-c', 'core.quotepath=off', '-c', 'color.ui=never', '--no-pager', ...args],
      { cwd: call.cwd, encoding: 'utf8', maxBuffer, windowsHide: true, env: { ...process.env, GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (!error) return done(stdout);
        fail(gitError(error as ExecError, String(stderr ?? ''), args, call, maxBuffer));
      },
    );
  });
}

function gitError(e: ExecError, stderr: string, args: readonly string[], call: GitCall, maxBuffer: number): Error {
  if (e.code === 'ENOENT') return new UsageError(msg('ci.gitMissing'));
  if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new InputError(msg('ci.gitOutputTooLarge', { what: shown(call.what ?? `git ${args[0] ?? ''}`), limit: maxBuffer }));
  }
  const first = stderr.split('\n').find((l) => l.trim() !== '') ?? e.message;
  if (/not a git repository/i.test(stderr)) return new InputError(msg('ci.notARepository', { dir: shown(call.cwd) }));
  if (/end-of-options/.test(stderr)) return new UsageError(msg('ci.gitTooOld'));
  if (call.rev !== undefined && call.path !== undefined && /does not exist in|exists on disk, but not in/.test(stderr)) {
    return new InputError(msg('ci.notAtRevision', { path: shown(call.path), rev: shown(call.rev) }));
  }
  if (call.rev !== undefined && /invalid object name|bad revision|unknown revision|Needed a single revision|not a valid object name|ambiguous argument/i.test(stderr)) {
    return new InputError(msg('ci.unknownRevision', { rev: shown(call.rev), dir: shown(call.cwd) }));
  }
  return new InputError(msg('ci.gitFailed', { command: `git ${args[0] ?? ''}`, detail: shown(first.replace(/^(fatal|error):\s*/, '')) }));
}

/** The repository root of a folder; a message when it is not in a repository. */
export async function gitRoot(cwd: string): Promise<string> {
  return (await runGit(['rev-parse', '--show-toplevel'], { cwd, maxBytes: 64 * 1024 })).replace(/\r?\n$/, '');
}

/** The repository root of a folder, or undefined when it is in none (or git is missing). */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return await gitRoot(cwd);
  } catch {
    return undefined;
  }
}

/** The commit `rev` names (its full hash); a message when it names none. */
export async function verifyCommit(rev: string, cwd: string): Promise<string> {
  checkRevision(rev);
  try {
    return (await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { cwd, rev, maxBytes: 64 * 1024 })).trim();
  } catch (e) {
    // `--verify --quiet` says nothing on stderr: a failure there is an unknown revision.
    if (e instanceof InputError && e.msg?.id === 'ci.gitFailed') throw new InputError(msg('ci.unknownRevision', { rev: shown(rev), dir: shown(cwd) }));
    throw e;
  }
}

/** The bytes of a file at a revision (no filters, no text conversion), bounded like a standard file. */
async function blobAt(rev: string, pathFromRoot: string, root: string): Promise<string> {
  return runGit(['cat-file', 'blob', '--end-of-options', `${rev}:${pathFromRoot}`], {
    cwd: root,
    rev,
    path: pathFromRoot,
    maxBytes: MAX_FILE_BYTES,
    what: `${rev}:${pathFromRoot}`,
  });
}

/**
 * The text of `path` at `rev`. The path is taken from the working directory (as a shell user
 * types it), and tried from the repository root when that finds nothing.
 */
export async function readAtRevision(rev: string, path: string, cwd: string): Promise<string> {
  checkRevision(rev);
  const root = await gitRoot(cwd);
  const fromCwd = relative(root, resolve(cwd, path)).split(sep).join('/');
  try {
    return await blobAt(rev, fromCwd, root);
  } catch (e) {
    if (fromCwd === path || !(e instanceof InputError) || e.msg?.id !== 'ci.notAtRevision') throw e;
    try {
      return await blobAt(rev, path, root);
    } catch {
      throw e;
    }
  }
}

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Path from the repository root (for `REV:path`): the new path of a renamed file. */
  path: string;
  /** A renamed (or copied) file's path at the base revision. */
  from?: string;
  /** Absolute path in the working tree (for a deleted file, where it was). */
  abs: string;
}

export interface Changes {
  /** The repository root. */
  root: string;
  /**
   * The commit compared with: where the current branch left `base` (their merge base), as a pull
   * request's review compares; `base` itself when they share no history (a shallow clone).
   */
  commit: string;
  /** false when `base` and HEAD have no merge base here (then `commit` is `base`). */
  mergeBase: boolean;
  files: ChangedFile[];
}

/** Where HEAD left `commit` (a full hash), or undefined when they share no history (or there is no HEAD). */
async function mergeBaseOf(commit: string, root: string): Promise<string | undefined> {
  try {
    return (await runGit(['merge-base', commit, 'HEAD'], { cwd: root, maxBytes: 64 * 1024 })).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Standard files under `dir` that differ between where the current branch left `base` and the
 * working tree (committed or not), plus new files git does not track yet — what a pull request
 * changes, not what `base` gained since. Renames are git's (`-M`): a renamed file is one change.
 */
export async function changedSince(base: string, dir: string): Promise<Changes> {
  checkRevision(base);
  const root = await gitRoot(dir);
  const tip = await verifyCommit(base, root);
  const fork = await mergeBaseOf(tip, root);
  const commit = fork ?? tip;
  const scope = relative(root, resolve(dir)).split(sep).join('/') || '.';
  const out: ChangedFile[] = [];
  const seen = new Set<string>();
  const listing = await runGit(['--literal-pathspecs', 'diff', '--name-status', '-M', '-z', '--no-ext-diff', '--end-of-options', commit, '--', scope], { cwd: root, rev: base, what: `git diff ${base}` });
  const fields = listing.split('\0');
  for (let k = 0; k < fields.length; ) {
    const code = fields[k++]!;
    if (code === '') continue;
    const twoPaths = code.startsWith('R') || code.startsWith('C');
    const first = fields[k++] ?? '';
    const second = twoPaths ? (fields[k++] ?? '') : undefined;
    const path = second ?? first;
    const yamlNow = YAML_FILE.test(path);
    if (code.startsWith('R') && second !== undefined) {
      const yamlBefore = YAML_FILE.test(first);
      if (yamlBefore && yamlNow) out.push({ status: 'renamed', path, from: first, abs: resolve(root, path) });
      else if (yamlBefore) out.push({ status: 'deleted', path: first, abs: resolve(root, first) });
      else if (yamlNow) out.push({ status: 'added', path, abs: resolve(root, path) });
      seen.add(path);
      continue;
    }
    if (!yamlNow) continue;
    const status = code.startsWith('A') || code.startsWith('C') ? 'added' : code.startsWith('D') ? 'deleted' : 'modified';
    out.push({ status, path, abs: resolve(root, path) });
    seen.add(path);
  }
  const untracked = await runGit(['--literal-pathspecs', 'ls-files', '--others', '--exclude-standard', '-z', '--', scope], { cwd: root });
  for (const path of untracked.split('\0')) {
    if (path === '' || seen.has(path) || !YAML_FILE.test(path)) continue;
    out.push({ status: 'added', path, abs: resolve(root, path) });
  }
  return { root, commit, mergeBase: fork !== undefined, files: out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
