/** `compstd export`: competency matrices and whole standards, for Excel, pandas and people. */
import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { PublishedEntry } from '../../model/entry.js';
import { addOutputOptions, choice } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';

export const EXPORT_FORMATS = ['csv', 'markdown', 'json', 'yaml', 'xlsx', 'docx', 'odt', 'course-template'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.csv': 'csv',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.xlsx': 'xlsx',
  '.docx': 'docx',
  '.odt': 'odt',
};

interface ExportOptions extends OutputOptions {
  all?: boolean;
  matrix: 'knowledge' | 'skills' | 'all' | 'attitudes';
  layout: 'wide' | 'long';
}

export function registerExport(program: Command, runner: Runner): void {
  const command = program
    .command('export')
    .description('export competency matrices (task × K/S) and whole standards as CSV, Markdown, JSON, YAML or XLSX')
    .argument('[refs...]', 'standards: IIS3512-001v3, IIS3512-001 (latest), or paths')
    .option('-a, --all', 'every standard of the catalogue (its latest version)')
    .addOption(
      new Option('-m, --matrix <kind>', 'knowledge, skills, all (both), or attitudes (the standard-wide table)')
        .argParser(choice(['knowledge', 'skills', 'all', 'attitudes'] as const))
        .default('all'),
    )
    .addOption(new Option('--layout <layout>', 'wide: the matrix; long: one row per task × competency').argParser(choice(['wide', 'long'] as const)));
  addOutputOptions(command, { formats: EXPORT_FORMATS, default: 'auto', width: false })
    .addHelpText(
      'after',
      `
The format: --format, else from -o's extension, else csv.

Examples:
  $ compstd export IIS3512-001v3 -o IIS3512-001v3.csv
  $ compstd export IIS3512-001v3 -o matrix.xlsx           a sheet per matrix, the task table, attitudes
  $ compstd export IIS3512-001v3 --matrix knowledge --format md
  $ compstd export --all --layout long -o all.csv         tidy data for pivot tables and pandas
  $ compstd export IIS3512-001 IDC3512-002 --lang en --no-bom --format csv
  $ compstd export IDC3512-002v2 --format json            the whole standard
  $ compstd export IIS3512-001v3 --matrix attitudes`,
    )
    .action(async (refs: string[], opts: ExportOptions, command: Command) => {
      await runner(async (ctx) => {
        const [{ UsageError, InputError }, { msg }] = await Promise.all([import('../../model/errors.js'), import('../../model/i18n.js')]);
        let format = opts.format === 'auto' ? undefined : opts.format;
        if (format === undefined && opts.output !== undefined) {
          format = BY_EXTENSION[extname(opts.output).toLowerCase()];
          if (format === undefined) throw new UsageError(msg('cli.export.unknown-extension', { file: opts.output, formats: [...EXPORT_FORMATS] }));
        }
        format ??= 'csv';
        if (opts.matrix === 'attitudes' && opts.layout !== undefined) throw new UsageError(msg('cli.export.attitudes-layout'));
        if (refs.length === 0 && !opts.all) throw new UsageError(msg('cli.export.nothing'));

        // Resolve everything before writing anything.
        const catalog = await ctx.catalog();
        const entries = [];
        if (opts.all) {
          // Which file is the newest published version of each standard, from the catalogue's
          // index; then only those files are read (not every version of every standard).
          const { indexedRows } = await import('../../query/catalog-index.js');
          const { value: rows, skipped } = await indexedRows({ root: catalog.root, cwd: catalog.cwd, cache: await ctx.cacheSpec('index') });
          ctx.reportSkipped(skipped);
          const latest = new Map<string, (typeof rows)[number]>();
          for (const r of rows) if (r.content && (latest.get(r.base)?.version ?? -1) < r.version) latest.set(r.base, r);
          for (const r of latest.values()) entries.push(await catalog.resolve(resolve(catalog.cwd, r.file)));
        }
        for (const ref of refs) entries.push(await ctx.resolve(ref));
        if (format === 'docx' || format === 'odt') {
          // The official document: one standard (or a history-only version, as `show` prints it) per file.
          if (entries.length !== 1) throw new UsageError(msg('document.oneStandard', { count: entries.length }));
          const [{ render }, { DOCUMENT_FORMATS }] = await Promise.all([import('../render.js'), import('../../formatters/document/index.js')]);
          await render(ctx, DOCUMENT_FORMATS, { ...opts, format }, { entry: entries[0]! });
          return 0;
        }
        if (format === 'course-template') {
          // Units × codes to fill in (XLSX or CSV by -o's extension), read back by `compstd import`.
          const entry = entries[0];
          if (entries.length !== 1 || entry === undefined) throw new UsageError(msg('document.oneStandard', { count: entries.length }));
          if (entry.kind === 'history') throw new InputError(msg('cli.export.history-only', { ref: `${entry.base}v${entry.version}` }));
          const [{ render }, { TEMPLATE_FORMATS }] = await Promise.all([import('../render.js'), import('../../formatters/course/index.js')]);
          const sub = opts.output !== undefined && extname(opts.output).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
          await render(ctx, TEMPLATE_FORMATS, { ...opts, format: sub }, { standard: entry.standard });
          return 0;
        }
        const published: PublishedEntry[] = [];
        for (const e of entries) {
          if (e.kind === 'history') throw new InputError(msg('cli.export.history-only', { ref: `${e.base}v${e.version}` }));
          published.push(e);
        }
        if (published.length === 0) throw new InputError(msg('cli.export.empty'));
        if ((format === 'csv' || format === 'markdown' || format === 'xlsx') && opts.matrix !== 'attitudes' && (opts.layout ?? 'wide') === 'wide') {
          // The wide matrix grows as the square of the standards: refuse before building it.
          const { wideCells, WIDE_CELL_LIMIT } = await import('../../matrix/matrix.js');
          const size = wideCells(published, opts.matrix);
          if (size.cells > WIDE_CELL_LIMIT) {
            const n = (x: number) => x.toLocaleString('en-US');
            throw new UsageError(
              msg('limits.exportWide', { standards: n(published.length), rows: n(size.rows), columns: n(size.columns), cells: n(size.cells), limit: n(WIDE_CELL_LIMIT) }),
            );
          }
        }
        const [{ render }, { EXPORT_FORMATS: FORMATS }] = await Promise.all([import('../render.js'), import('../../formatters/export/index.js')]);
        await render(ctx, FORMATS, { ...opts, format }, { entries: published, matrix: opts.matrix, layout: opts.layout ?? 'wide' });
        return 0;
      }, command);
    });
}
