/**
 * Which pairs of versions `compstd diff` compares, from what was typed:
 *   diff A B                  two references, paths or REV:path;
 *   diff IIS3512-001 v2 v3    two versions of one standard;
 *   diff v2 v3                every standard with both versions (--code narrows);
 *   diff IIS3512-001          the whole chain v1 → v2 → v3;
 *   diff IIS3512-001v3        the version before it → this one (also a path or REV:path);
 *   diff --git BASE           every standard file changed since BASE.
 */
import type { Catalog } from '../load/catalog.js';
import type { CatalogEntry, PublishedEntry } from '../model/entry.js';
import { entryCode } from '../model/entry.js';
import { baseOf, parseStandardCode } from '../model/code.js';
import { InputError, UsageError } from '../model/errors.js';
import { msg, type Message } from '../model/i18n.js';
import type { DiffSide } from './types.js';

/** Where a side was read from git: the revision and path, or the working tree. */
export type SideSource = Pick<DiffSide, 'revision' | 'path' | 'worktree' | 'deleted'>;

export interface DiffPair {
  from: CatalogEntry;
  to: CatalogEntry;
  /** What git says of each side, for the heading. */
  sources?: { from?: SideSource; to?: SideSource };
  /** The file of `from` was deleted (then `to` is `from`): a change of its own. */
  deleted?: boolean;
}

export interface DiffPlan {
  pairs: DiffPair[];
  /** Several pairs possible (a chain, every standard, --git): the JSON output is an array. */
  many: boolean;
  /** What was found but can't be compared (a new standard), for stderr. */
  notes: Array<string | Message>;
}

export interface PlanDeps {
  catalog: Catalog;
  /** A reference, a path or `-` (the CLI's resolver). */
  resolve(ref: string): Promise<CatalogEntry>;
  cwd: string;
}

export interface PlanOptions {
  /** Base codes or prefixes (IIS3512-001, IIS) that `diff vN vM` and --git keep. */
  code?: string[];
  git?: string;
}

const VERSION_TOKEN = /^v([0-9]+)$/i;

function versionOf(token: string): number | undefined {
  const m = VERSION_TOKEN.exec(token.trim());
  return m ? Number(m[1]) : undefined;
}

/** A standard file read at a git revision: an entry whose `file` is `REV:path`. */
async function entryAtRevision(rev: string, path: string, cwd: string, shownAs: string): Promise<PublishedEntry> {
  const { readAtRevision } = await import('../load/git.js');
  const text = await readAtRevision(rev, path, cwd);
  const { loadStandardText } = await import('../load/read.js');
  const file = loadStandardText(shownAs, text);
  if (!file.standard) throw InputError.fromFindings(shownAs, file.findings);
  const { standard } = file;
  return { kind: 'published', base: baseOf(standard.code), version: standard.version, file: shownAs, standard };
}

/** A reference, or a file at a git revision (`HEAD~1:standards/X/v3.yaml`), and where it came from. */
async function resolveSide(ref: string, deps: PlanDeps): Promise<{ entry: CatalogEntry; source?: SideSource }> {
  const { parseRevPath } = await import('../load/git.js');
  const rp = parseRevPath(ref);
  if (!rp) return { entry: await deps.resolve(ref) };
  return { entry: await entryAtRevision(rp.rev, rp.path, deps.cwd, ref), source: { revision: rp.rev, path: rp.path } };
}

async function resolveAny(ref: string, deps: PlanDeps): Promise<CatalogEntry> {
  return (await resolveSide(ref, deps)).entry;
}

/** The newest version of the same standard older than `entry`, if the catalogue knows one. */
async function previousOf(entry: CatalogEntry, catalog: Catalog): Promise<CatalogEntry | undefined> {
  const { entries } = await catalog.standard(entry.base);
  return entries.filter((e) => e.version < entry.version).pop();
}

function narrows(base: string, codes: readonly string[] | undefined): boolean {
  return !codes || codes.length === 0 || codes.some((c) => base.startsWith(c.trim().toUpperCase()));
}

export async function planDiff(args: readonly string[], options: PlanOptions, deps: PlanDeps): Promise<DiffPlan> {
  const notes: string[] = [];
  if (options.git !== undefined) {
    if (args.length > 0) throw new UsageError('diff --git BASE takes no references: it compares every standard file changed since BASE');
    return planGit(options.git, options.code, deps);
  }
  if (options.code && args.length !== 2) throw new UsageError('--code narrows `diff vN vM` and `diff --git BASE` only');
  const versions = args.map(versionOf);
  if (args.length === 2 && versions[0] !== undefined && versions[1] !== undefined) {
    const [a, b] = versions as [number, number];
    const { entries } = await deps.catalog.all();
    const byBase = new Map<string, CatalogEntry[]>();
    for (const e of entries) byBase.set(e.base, [...(byBase.get(e.base) ?? []), e]);
    const pairs: DiffPair[] = [];
    for (const [base, list] of byBase) {
      if (!narrows(base, options.code)) continue;
      const from = list.find((e) => e.version === a);
      const to = list.find((e) => e.version === b);
      if (from && to) pairs.push({ from, to });
    }
    if (pairs.length === 0) notes.push(`no standard in the catalogue has both v${a} and v${b}${options.code ? ` (--code ${options.code.join(',')})` : ''}`);
    return { pairs, many: true, notes };
  }
  if (args.length === 2) {
    if (versions[0] !== undefined || versions[1] !== undefined) throw new UsageError(`"${args[versions[0] !== undefined ? 0 : 1]}" is a version: give a standard first (compstd diff IIS3512-001 v2 v3), or two versions for every standard (compstd diff v2 v3)`);
    const [from, to] = await Promise.all([resolveSide(args[0]!, deps), resolveSide(args[1]!, deps)]);
    const sources = from.source || to.source ? { from: from.source, to: to.source } : undefined;
    return { pairs: [{ from: from.entry, to: to.entry, ...(sources ? { sources } : {}) }], many: false, notes };
  }
  if (args.length === 3) {
    const code = parseStandardCode(args[0]!.trim());
    if (!code || code.version !== undefined || versions[1] === undefined || versions[2] === undefined) {
      throw new UsageError('three arguments are a standard and two versions: compstd diff IIS3512-001 v2 v3');
    }
    const [from, to] = await Promise.all([deps.resolve(`${code.base}v${versions[1]}`), deps.resolve(`${code.base}v${versions[2]}`)]);
    return { pairs: [{ from, to }], many: false, notes };
  }
  if (args.length === 1) {
    const ref = args[0]!;
    if (versions[0] !== undefined) throw new UsageError(`"${ref}" is a version: compare two (compstd diff v2 v3) or name the standard (compstd diff IIS3512-001 v2 v3)`);
    const code = parseStandardCode(ref.trim().toUpperCase());
    if (code && code.version === undefined) {
      // The whole chain, step by step.
      await deps.resolve(code.base); // not found → the resolver's message, with suggestions
      const { entries } = await deps.catalog.standard(code.base);
      const pairs: DiffPair[] = [];
      for (let k = 1; k < entries.length; k++) pairs.push({ from: entries[k - 1]!, to: entries[k]! });
      if (pairs.length === 0) notes.push(`${code.base} has only one version in the catalogue (${entries.map(entryCode).join(', ')}): nothing to compare`);
      return { pairs, many: true, notes };
    }
    const to = await resolveAny(ref, deps);
    const from = await previousOf(to, deps.catalog);
    if (!from) throw new UsageError(`${entryCode(to)} has no earlier version in the catalogue: give two references (compstd diff A B)`);
    return { pairs: [{ from, to }], many: false, notes };
  }
  throw new UsageError(args.length === 0 ? 'diff needs what to compare: two references, a standard, two versions, or --git BASE' : 'too many arguments: see compstd diff --help');
}

/**
 * Every standard file under the catalogue changed since the current branch left `base` (their
 * merge base, as a pull request's review compares): a modified file against itself there, a renamed one (git's rename detection) against its old path, a deleted one as a change
 * of its own (major), a new one against the version before it in the catalogue.
 */
async function planGit(base: string, codes: readonly string[] | undefined, deps: PlanDeps): Promise<DiffPlan> {
  const { changedSince, shown } = await import('../load/git.js');
  const path = await import('node:path');
  const notes: DiffPlan['notes'] = [];
  const pairs: DiffPair[] = [];
  const catalogRoot = deps.catalog.root;
  const { root, files, commit, mergeBase } = await changedSince(base, catalogRoot);
  if (!mergeBase) notes.push(msg('ci.noMergeBase', { base: shown(base) }));
  const fromRoot = (file: string) => path.relative(root, path.resolve(deps.cwd, file)).split(path.sep).join('/');
  for (const file of files) {
    const oldPath = file.from ?? file.path;
    // Read at the commit compared with (the merge base), shown as the revision that was typed.
    const old = file.status === 'added' ? undefined : await entryAtRevision(commit, oldPath, root, `${base}:${oldPath}`);
    const current = file.status === 'deleted' ? undefined : ((await deps.resolve(file.abs)) as PublishedEntry);
    const entry = current ?? old!;
    if (!narrows(entry.base, codes)) continue;
    const worktree: SideSource = { worktree: true, path: file.path };
    if (old && current) {
      pairs.push({ from: old, to: current, sources: { from: { revision: base, path: oldPath }, to: worktree } });
    } else if (current) {
      const from = await previousOf(current, deps.catalog);
      const fromSource: SideSource | undefined = from?.kind === 'published' ? { worktree: true, path: fromRoot(from.file) } : undefined;
      if (from) pairs.push({ from, to: current, sources: { from: fromSource, to: worktree } });
      else notes.push(msg('ci.newStandard', { code: entryCode(current), path: shown(file.path) }));
    } else if (old) {
      // Deleted here but the same version is still in the catalogue (moved beyond git's rename detection).
      const { entries } = await deps.catalog.standard(old.base);
      // Only a file of this catalogue counts: the read-only reference behind it (the bundled standards) is not the repository's.
      const inCatalog = (file: string) => !path.relative(catalogRoot, file).startsWith('..') && !path.isAbsolute(path.relative(catalogRoot, file));
      const same = entries.find((e): e is PublishedEntry => e.version === old.version && e.kind === 'published' && inCatalog(e.file));
      if (same) pairs.push({ from: old, to: same, sources: { from: { revision: base, path: oldPath }, to: { worktree: true, path: fromRoot(same.file) } } });
      else pairs.push({ from: old, to: old, deleted: true, sources: { from: { revision: base, path: oldPath }, to: { ...worktree, deleted: true } } });
    }
  }
  if (pairs.length === 0 && notes.every((n) => typeof n === 'string' || n.id !== 'ci.newStandard')) notes.push(msg('ci.nothingChanged', { base: shown(base), catalog: shown(catalogRoot) }));
  return { pairs, many: true, notes };
}
