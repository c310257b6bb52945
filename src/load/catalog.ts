/**
 * The catalogue: every standard file under a folder (the bundled `standards/`, `--catalog DIR`
 * or COMPSTD_CATALOG), the versions known only from version tables, and reference resolution.
 * The only module that walks folders; files are read through read.ts.
 */
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { baseOf, parseStandardCode, replacedByFromNote } from '../model/code.js';
import type { CatalogEntry, HistoryEntry, PublishedEntry, StandardSummary } from '../model/entry.js';
import { entryCode, entryName } from '../model/entry.js';
import { InputError, NotFoundError, UsageError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { DEFAULT_LANG, msg } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import type { Standard } from '../model/schema.js';
import type { FileCache } from './cache.js';
import { walkTree, walkYaml, YAML_FILE, type Tree } from './discover.js';
import { displayPath } from './paths.js';

export interface CatalogOptions {
  /** The catalogue folder. */
  root: string;
  /** Working directory, for resolving and showing paths. */
  cwd: string;
  /** Where parsed files are cached between runs; none by default. */
  cache?: FileCache;
  /**
   * A read-only catalogue behind this one (the bundled standards behind a user's own): a
   * standard's versions are those of both (this catalogue's file wins for one version), and a
   * reference naming nothing here is looked up there. `all()`, `files()` and `tree()` are this
   * catalogue's only: listing, searching and validating never see the reference.
   */
  reference?: Catalog;
}

/** A file as the catalogue sees it: its standard when it loaded cleanly, else why not. */
interface CatalogFile {
  file: string;
  standard: Standard | undefined;
  findings: Finding[];
}

/** Reads a standard file, loading the YAML parser and the validator only when it must. */
async function readFile(path: string, display: string, cache: FileCache | undefined): Promise<CatalogFile> {
  const cached = cache?.get(path);
  if (cached) return { file: display, standard: cached, findings: [] };
  let stat: Stats | undefined;
  try {
    stat = statSync(path); // before reading: a file changed meanwhile is simply read again next time
  } catch {
    stat = undefined;
  }
  const { loadStandardFile } = await import('./read.js');
  const loaded = loadStandardFile(path, display);
  if (loaded.standard && stat && loaded.findings.length === 0) cache?.set(path, stat, loaded.standard);
  return { file: loaded.file, standard: loaded.standard, findings: loaded.findings };
}

/** A file the catalogue could not use, and why. */
export interface SkippedFile {
  file: string;
  findings: Finding[];
}

export interface CatalogView {
  /** Every known version of every standard: by code, then version. */
  entries: CatalogEntry[];
  /** Files that were not loaded (not YAML, schema errors, a second file for one version). */
  skipped: SkippedFile[];
}

/** A file of the catalogue as the view is made of it: its standard (or summary) when it loaded, else why not. */
export interface ViewFile<S extends StandardSummary> {
  file: string;
  standard: S | undefined;
  findings: Finding[];
}

/**
 * The catalogue's entries from its files, in the order of the walk: every published version (the
 * first file of a version wins; a second is skipped with a finding), then the versions known only
 * from version tables (from the newest file that lists them), sorted by code and version. Pure:
 * the same from whole standards and from the index's summaries.
 */
export function assembleView<S extends StandardSummary>(
  files: ReadonlyArray<ViewFile<S>>,
  nameOf: (file: string) => string,
  onlyBase?: string,
): { entries: Array<CatalogEntry<S>>; skipped: SkippedFile[] } {
  const skipped: SkippedFile[] = [];
  const published = new Map<string, PublishedEntry<S>>();
  for (const file of files) {
    if (!file.standard) {
      skipped.push({ file: file.file, findings: file.findings });
      continue;
    }
    const base = baseOf(file.standard.code);
    if (onlyBase !== undefined && base !== onlyBase) continue;
    const key = `${base}v${file.standard.version}`;
    const first = published.get(key);
    if (first) {
      const m = msg('findings.duplicateVersion', { key, other: nameOf(first.file) });
      skipped.push({
        file: file.file,
        findings: [{ ruleId: 'duplicate-version', severity: 'error', message: t(DEFAULT_LANG, m), messageId: m.id, params: m.params, file: file.file, line: 1, column: 1 }],
      });
      continue;
    }
    published.set(key, { kind: 'published', base, version: file.standard.version, file: file.file, standard: file.standard });
  }
  const entries: Array<CatalogEntry<S>> = [...published.values()];
  // Versions known only from version tables: from the newest file that lists them.
  const newestFirst = [...published.values()].sort((a, b) => b.version - a.version);
  const history = new Map<string, HistoryEntry>();
  for (const source of newestFirst) {
    for (const row of source.standard.versions) {
      const key = `${source.base}v${row.version}`;
      if (published.has(key) || history.has(key)) continue;
      history.set(key, {
        kind: 'history',
        base: source.base,
        version: row.version,
        row,
        replacedBy: replacedByFromNote(row.note),
        listedIn: { code: source.standard.code, file: source.file },
      });
    }
  }
  entries.push(...history.values());
  entries.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.version - b.version));
  return { entries, skipped };
}

function isYamlPath(ref: string): boolean {
  return YAML_FILE.test(ref) || ref.includes('/') || ref.includes('\\');
}

export class Catalog {
  readonly root: string;
  readonly reference: Catalog | undefined;
  /** Working directory, for resolving and showing paths. */
  readonly cwd: string;
  private readonly loaded = new Map<string, Promise<CatalogFile>>();
  private readonly cache: FileCache | undefined;

  constructor(options: CatalogOptions) {
    this.cwd = options.cwd;
    this.cache = options.cache;
    this.reference = options.reference;
    this.root = resolve(options.cwd, options.root);
    if (!existsSync(this.root) || !statSync(this.root).isDirectory()) {
      throw new UsageError(`The catalogue folder ${displayPath(this.root, this.cwd)} does not exist`);
    }
  }

  private show(path: string): string {
    return displayPath(path, this.cwd);
  }

  private load(path: string): Promise<CatalogFile> {
    let file = this.loaded.get(path);
    if (!file) {
      file = readFile(path, this.show(path), this.cache);
      this.loaded.set(path, file);
    }
    return file;
  }

  /** Every YAML file under the root, sorted; dot-folders, node_modules and symlink loops skipped. */
  files(): string[] {
    return walkYaml(this.root);
  }

  /** Every folder and YAML file under the root with its stat, from one walk. */
  tree(): Tree {
    return walkTree(this.root);
  }

  /**
   * The files of one standard: its folder `<root>/<CODE>/` when there is one (found without
   * reading any other file), else every file of the catalogue.
   */
  private filesOf(base: string): string[] {
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return [];
    }
    const folder = names.find((n) => n.toUpperCase() === base);
    if (folder === undefined) return this.files();
    const dir = join(this.root, folder);
    try {
      return readdirSync(dir)
        .filter((n) => YAML_FILE.test(n) && !n.startsWith('.'))
        .sort()
        .map((n) => join(dir, n));
    } catch {
      return [];
    }
  }

  private async view(paths: readonly string[], onlyBase?: string): Promise<CatalogView> {
    const files = await Promise.all(paths.map((p) => this.load(p)));
    // The first file of a version, relative to the catalogue: the same message from any folder.
    return assembleView(files, (file) => relative(this.root, resolve(this.cwd, file)), onlyBase);
  }

  /** The whole catalogue. */
  all(): Promise<CatalogView> {
    return this.view(this.files());
  }

  /**
   * Every known version of one standard (base code such as IIS3512-001), with those of the
   * reference catalogue: per version, a file of this catalogue, else one of the reference, else
   * a version-table row of this catalogue, else one of the reference.
   */
  async standard(base: string): Promise<CatalogView> {
    const own = await this.view(this.filesOf(base), base);
    if (!this.reference) return own;
    const theirs = await this.reference.standard(base);
    if (theirs.entries.length === 0) return own;
    const byVersion = new Map<number, CatalogEntry>();
    const rank = (e: CatalogEntry, mine: boolean): number => (e.kind === 'published' ? 0 : 2) + (mine ? 0 : 1);
    const ranks = new Map<number, number>();
    for (const [list, mine] of [
      [own.entries, true],
      [theirs.entries, false],
    ] as const) {
      for (const e of list) {
        const r = rank(e, mine);
        if ((ranks.get(e.version) ?? 9) > r) {
          ranks.set(e.version, r);
          byVersion.set(e.version, e);
        }
      }
    }
    const entries = [...byVersion.values()].sort((a, b) => a.version - b.version);
    return { entries, skipped: [...own.skipped, ...theirs.skipped] };
  }

  /**
   * Resolves a reference: `IIS3512-001v3`, `IIS3512-001` (latest), a standard's name, or a path
   * to a YAML file. Throws NotFoundError with the closest matches, or InputError for a bad file.
   */
  async resolve(ref: string): Promise<CatalogEntry> {
    const trimmed = ref.trim();
    if (trimmed === '') throw new UsageError('An empty reference names no standard');
    const code = parseStandardCode(trimmed);
    if (code) {
      const { entries } = await this.standard(code.base);
      if (entries.length > 0) {
        if (code.version === undefined) return entries[entries.length - 1]!;
        const hit = entries.find((e) => e.version === code.version);
        if (hit) return hit;
        throw new NotFoundError(
          trimmed,
          entries.map(entryCode),
          `${code.base} has no version ${code.version} in the catalogue (known: ${entries.map((e) => `v${e.version}`).join(', ')}).`,
        );
      }
    } else if (isYamlPath(trimmed) || existsSync(resolve(this.cwd, trimmed))) {
      return this.resolvePath(trimmed);
    }
    const all = (await this.all()).entries;
    if (!code && this.reference && !all.some((e) => entryName(e) === trimmed)) {
      // A name, not found here: the reference catalogue's standard of that name, if any.
      const named = await this.reference.resolve(trimmed).catch(() => undefined);
      if (named) {
        const { entries } = await this.standard(named.base);
        return entries[entries.length - 1] ?? named;
      }
    }
    if (!code) {
      const byName = all.filter((e) => entryName(e) === trimmed);
      if (byName.length > 0) {
        const bases = new Set(byName.map((e) => e.base));
        if (bases.size === 1) {
          const base = byName[0]!.base;
          const versions = all.filter((e) => e.base === base);
          return versions[versions.length - 1]!;
        }
        throw new NotFoundError(trimmed, [...bases], `"${trimmed}" is the name of several standards; give a code.`);
      }
    }
    const known = this.reference ? [...all, ...(await this.reference.all()).entries] : all;
    throw new NotFoundError(trimmed, closestMatches(trimmed, known));
  }

  private async resolvePath(path: string): Promise<PublishedEntry> {
    const abs = resolve(this.cwd, path);
    const file = await this.load(abs);
    // A file that could not be read at all (a device, a FIFO, too large, missing) is one line.
    const io = file.findings.length === 1 && file.findings[0]!.messageId?.startsWith('io.') ? file.findings[0]! : undefined;
    if (!file.standard && io) throw new InputError({ id: io.messageId!, params: io.params });
    if (!file.standard) throw InputError.fromFindings(file.file, file.findings);
    return {
      kind: 'published',
      base: baseOf(file.standard.code),
      version: file.standard.version,
      file: file.file,
      standard: file.standard,
    };
  }
}

/** Up to five codes or names close to what was typed (edit distance), best first. */
export function closestMatches(ref: string, entries: readonly CatalogEntry[], limit = 5): string[] {
  const query = ref.toUpperCase();
  const candidates = new Map<string, number>();
  const consider = (label: string, key: string): void => {
    const d = distance(query, key.toUpperCase());
    const budget = Math.max(2, Math.floor(key.length / 3));
    const contains = key.toUpperCase().includes(query) || query.includes(key.toUpperCase());
    if (d > budget && !contains) return;
    const score = contains ? Math.min(d, 1) : d;
    const prev = candidates.get(label);
    if (prev === undefined || score < prev) candidates.set(label, score);
  };
  for (const entry of entries) {
    const code = entryCode(entry);
    consider(code, code);
    consider(entry.base, entry.base);
    consider(`${code} ${entryName(entry)}`, entryName(entry));
  }
  return [...candidates.entries()]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([label]) => label);
}
