/** What every command gets: the I/O, global options, and the catalogue (loaded lazily). */
import type { Catalog, SkippedFile } from '../load/catalog.js';
import type { CatalogEntry } from '../model/entry.js';
import { InputError, NotFoundError, UsageError } from '../model/errors.js';
import type { CatalogSource } from '../load/find-catalog.js';
import { formatLocation } from '../model/finding.js';
import { isAbsolute, join, relative, sep } from 'node:path';
import { DEFAULT_LANG, msg, parseLang, type Lang, type Message } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import { colorLevel, type CliIO, type ColorLevel } from './io.js';

export interface GlobalOptions {
  catalog?: string;
  /** --lang: zh-Hant (default) or en; also COMPSTD_LANG. */
  lang?: string;
  color?: boolean;
  /** false with --no-cache */
  cache?: boolean;
  debug?: boolean;
}

export class Context {
  readonly debug: boolean;
  /** The reader's language: --lang, else COMPSTD_LANG, else Traditional Chinese. */
  readonly lang: Lang;
  private catalogPromise: Promise<Catalog> | undefined;
  private sourcePromise: Promise<CatalogSource> | undefined;
  private salt: string | undefined;

  constructor(
    readonly io: CliIO,
    readonly globals: GlobalOptions,
  ) {
    this.debug = globals.debug === true;
    this.lang = parseLang(globals.lang) ?? parseLang(io.env.COMPSTD_LANG) ?? DEFAULT_LANG;
  }

  /** A message in the reader's language. */
  t(m: Message): string {
    return t(this.lang, m);
  }

  /** Colour level of standard output. */
  get color(): ColorLevel {
    return colorLevel(this.io.stdout, this.io.env, this.globals.color);
  }

  /**
   * A cache folder and what its entries depend on (compstd's version and build, the schema);
   * undefined with --no-cache or COMPSTD_NO_CACHE.
   */
  async cacheSpec(kind: 'files' | 'validate' | 'index'): Promise<{ dir: string; salt: string } | undefined> {
    if (this.globals.cache === false || (this.io.env.COMPSTD_NO_CACHE ?? '') !== '') return undefined;
    const [{ packageRoot }, { cacheSalt, defaultCacheDir }, { VERSION, BUILD_ID }] = await Promise.all([
      import('../load/paths.js'),
      import('../load/cache.js'),
      import('../model/version.js'),
    ]);
    const dir = defaultCacheDir(this.io.env);
    if (!dir) return undefined;
    // Read and hashed once a run (list, search and export ask for two caches).
    this.salt ??= cacheSalt(`${VERSION}+${BUILD_ID}`, join(packageRoot(), 'schemas', 'standard.schema.json'));
    return { dir: join(dir, kind), salt: this.salt };
  }

  /** The catalogue folder (see catalogSource). */
  async catalogRoot(): Promise<string> {
    return (await this.catalogSource()).root;
  }

  /**
   * Which catalogue this run uses and how it was found: --catalog, else COMPSTD_CATALOG, else the
   * nearest .compstd.yaml or standards/ folder from the working directory up, else the bundled
   * standards (src/load/find-catalog.ts).
   */
  async catalogSource(): Promise<CatalogSource> {
    this.sourcePromise ??= import('../load/find-catalog.js').then(({ findCatalog }) =>
      findCatalog({ cwd: this.io.cwd, flag: this.globals.catalog, env: this.io.env.COMPSTD_CATALOG }),
    );
    return this.sourcePromise;
  }

  /** The sentence naming the catalogue used, for summaries and "nothing found" messages. */
  async catalogNote(): Promise<Message> {
    const [source, { displayPath }] = await Promise.all([this.catalogSource(), import('../load/paths.js')]);
    // Relative to the working directory, also from a subfolder (../../standards).
    const near = (path: string): string => {
      const up = relative(this.io.cwd, path);
      return up === '' ? '.' : !isAbsolute(up) && up.split(sep).filter((p) => p === '..').length <= 4 ? up : displayPath(path, this.io.cwd);
    };
    return msg('repo.catalogue', {
      root: near(source.root),
      how: source.how,
      config: source.config === undefined ? undefined : near(source.config),
      reference: source.reference === undefined ? undefined : displayPath(source.reference, this.io.cwd),
    });
  }

  /** The catalogue of catalogSource(), with the bundled standards behind it when it has them. */
  catalog(): Promise<Catalog> {
    this.catalogPromise ??= (async () => {
      const [{ Catalog }, { FileCache }, spec, source] = await Promise.all([
        import('../load/catalog.js'),
        import('../load/cache.js'),
        this.cacheSpec('files'),
        this.catalogSource(),
      ]);
      const cache = spec ? new FileCache(spec.dir, spec.salt) : undefined;
      const reference = source.reference === undefined ? undefined : new Catalog({ root: source.reference, cwd: this.io.cwd, cache });
      return new Catalog({ root: source.root, cwd: this.io.cwd, cache, reference });
    })();
    return this.catalogPromise;
  }

  /** A reference, a path, or `-` for a standard file on standard input. */
  async resolve(ref: string): Promise<CatalogEntry> {
    if (ref === '-') {
      if (!this.io.readStdin) throw new UsageError('Standard input is not available');
      const [{ loadStandardText }, { baseOf }] = await Promise.all([import('../load/read.js'), import('../model/code.js')]);
      const file = loadStandardText('<stdin>', await this.io.readStdin());
      if (!file.standard) throw InputError.fromFindings(file.file, file.findings);
      const { standard } = file;
      return { kind: 'published', base: baseOf(standard.code), version: standard.version, file: file.file, standard };
    }
    try {
      return await (await this.catalog()).resolve(ref);
    } catch (e) {
      // An unknown reference names the catalogue it was looked up in.
      if (e instanceof NotFoundError) e.message = `${e.message}\n${this.t(await this.catalogNote())}`;
      throw e;
    }
  }

  out(text: string): void {
    this.io.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
  }

  warn(text: string): void {
    this.io.stderr.write(`compstd: ${text}\n`);
  }

  /** Says which files were skipped and why, on stderr: the rest of the output stays usable. */
  reportSkipped(skipped: readonly SkippedFile[]): void {
    for (const s of skipped) {
      const first = s.findings.find((f) => f.severity === 'error') ?? s.findings[0];
      this.warn(
        this.t(
          first
            ? msg('cli.skipped', { where: formatLocation(first), message: first.messageId !== undefined ? this.t(msg(first.messageId, first.params)) : first.message, more: s.findings.length - 1 })
            : msg('cli.skipped.file', { file: s.file }),
        ),
      );
    }
  }
}
