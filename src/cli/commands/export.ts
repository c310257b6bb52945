/** `compstd export`: competency matrices and whole standards, for Excel, pandas and people. */
import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { PublishedEntry } from '../../model/entry.js';
import { choice } from '../options.js';
import type { Runner } from '../program.js';

export const EXPORT_FORMATS = ['csv', 'markdown', 'json', 'yaml', 'xlsx', 'docx', 'odt'] as const;
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

interface ExportOptions {
  all?: boolean;
  format?: ExportFormat;
  matrix: 'knowledge' | 'skills' | 'all' | 'attitudes';
  layout: 'wide' | 'long';
  lang?: 'zh' | 'en';
  delimiter: string;
  bom: boolean;
  formulaGuard: boolean;
  output?: string;
}

export function registerExport(program: Command, runner: Runner): void {
  program
    .command('export')
    .description('export competency matrices (task × K/S) and whole standards as CSV, Markdown, JSON, YAML or XLSX')
    .argument('[refs...]', 'standards: IIS3512-001v3, IIS3512-001 (latest), or paths')
    .option('-a, --all', 'every standard of the catalogue (its latest version)')
    .addOption(new Option('-f, --format <format>', `${EXPORT_FORMATS.join(', ')} (default: from -o's extension, else csv)`).argParser(choice(EXPORT_FORMATS)))
    .addOption(
      new Option('-m, --matrix <kind>', 'knowledge, skills, all (both), or attitudes (the standard-wide table)')
        .argParser(choice(['knowledge', 'skills', 'all', 'attitudes'] as const))
        .default('all'),
    )
    .addOption(new Option('--layout <layout>', 'wide: the matrix; long: one row per task × competency').argParser(choice(['wide', 'long'] as const)).default('wide'))
    .option('--delimiter <char>', 'CSV delimiter', ',')
    .option('--no-bom', 'CSV without the UTF-8 byte order mark (Excel needs it to read Chinese)')
    .option('--no-formula-guard', "CSV cells starting with = + - @ are not prefixed with '")
    .option('-o, --output <file>', 'write to this file, whole or not at all (default: standard output)')
    .addHelpText(
      'after',
      `
Examples:
  $ compstd export IIS3512-001v3 -o IIS3512-001v3.csv
  $ compstd export IIS3512-001v3 -o matrix.xlsx           a sheet per matrix, the task table, attitudes
  $ compstd export IIS3512-001v3 --matrix knowledge --format markdown
  $ compstd export --all --layout long -o all.csv         tidy data for pivot tables and pandas
  $ compstd export IIS3512-001 IDC3512-002 --lang en --no-bom --format csv
  $ compstd export IDC3512-002v2 --format json            the whole standard
  $ compstd export IIS3512-001v3 --matrix attitudes`,
    )
    .action(async (refs: string[], opts: ExportOptions, command: Command) => {
      await runner(async (ctx) => {
        const { UsageError, InputError } = await import('../../model/errors.js');
        if (opts.delimiter.length !== 1) throw new UsageError('--delimiter must be one character');
        let format = opts.format;
        if (format === undefined && opts.output !== undefined) {
          format = BY_EXTENSION[extname(opts.output).toLowerCase()];
          if (format === undefined) throw new UsageError(`Cannot tell the format from "${opts.output}": give --format ${EXPORT_FORMATS.join('|')}`);
        }
        format ??= 'csv';
        if (format === 'xlsx' && opts.output === undefined) throw new UsageError('XLSX is binary: give a file with -o');
        if (refs.length === 0 && !opts.all) throw new UsageError('Name the standards to export, or give --all');

        // Resolve everything before writing anything.
        const catalog = await ctx.catalog();
        const entries = [];
        if (opts.all) {
          const view = await catalog.all();
          ctx.reportSkipped(view.skipped);
          const latest = new Map<string, (typeof view.entries)[number]>();
          for (const e of view.entries) if (e.kind === 'published') latest.set(e.base, e);
          entries.push(...latest.values());
        }
        for (const ref of refs) entries.push(await ctx.resolve(ref));
        if (format === 'docx' || format === 'odt') {
          // The official document: one standard (or a history-only version, as `show` prints it) per file.
          const { msg } = await import('../../model/i18n.js');
          if (opts.output === undefined) throw new UsageError(msg('document.needOutput'));
          if (entries.length !== 1) throw new UsageError(msg('document.oneStandard', { count: entries.length }));
          const [{ documentLayout }, writer] = await Promise.all([import('../../formatters/document/layout.js'), format === 'docx' ? import('../../formatters/document/docx.js') : import('../../formatters/document/odt.js')]);
          const layout = documentLayout(entries[0]!);
          const bytes = 'documentDocx' in writer ? await writer.documentDocx(layout) : writer.documentOdt(layout);
          const { writeFileAtomic } = await import('../../load/write.js');
          writeFileAtomic(resolve(ctx.io.cwd, opts.output), bytes, opts.output);
          ctx.io.stderr.write(`compstd: wrote ${opts.output}\n`);
          return 0;
        }
        const published = [];
        for (const e of entries) {
          if (e.kind === 'history') {
            throw new InputError(`${e.base}v${e.version} is known only from a version table: its content is not in the catalogue, so it has no matrix.`);
          }
          published.push(e);
        }
        if (published.length === 0) throw new InputError('The catalogue has no standard with content to export');

        const out = await render(format, published, { ...opts, lang: ctx.lang === 'en' ? 'en' : 'zh' });
        if (opts.output === undefined) {
          ctx.out(typeof out === 'string' ? out : '');
        } else {
          const { writeFileAtomic } = await import('../../load/write.js');
          writeFileAtomic(resolve(ctx.io.cwd, opts.output), out, opts.output);
          ctx.io.stderr.write(`compstd: wrote ${opts.output}\n`);
        }
        return 0;
      }, command);
    });
}

async function render(
  format: ExportFormat,
  entries: readonly PublishedEntry[],
  opts: ExportOptions & { lang: 'zh' | 'en' },
): Promise<string | Uint8Array> {
  if (format === 'docx' || format === 'odt') throw new Error('documents are written by the action');
  if (format === 'json' || format === 'yaml') {
    const { standardsJson, standardsYaml } = await import('../../formatters/export/data.js');
    const standards = entries.map((e) => e.standard);
    return format === 'json' ? standardsJson(standards) : standardsYaml(standards);
  }
  const { matrixTables, attitudeTable, taskTable } = await import('../../matrix/tables.js');
  const matrices = opts.matrix === 'attitudes' ? [] : matrixTables(entries, opts.matrix, opts.layout, opts.lang, format !== 'csv');
  if (format === 'csv') {
    const { tableCsv } = await import('../../formatters/export/csv.js');
    const table = opts.matrix === 'attitudes' ? attitudeTable(entries, opts.lang) : matrices[0]!;
    return tableCsv(table, { bom: opts.bom, delimiter: opts.delimiter, formulaGuard: opts.formulaGuard });
  }
  const tables = [...matrices, ...(opts.matrix === 'attitudes' || opts.matrix === 'all' ? [attitudeTable(entries, opts.lang)] : []), taskTable(entries, opts.lang)];
  const { prepareDisplayWidth, stringsOf } = await import('../../formatters/text/width.js');
  await prepareDisplayWidth(stringsOf(tables));
  if (format === 'markdown') {
    const { tablesMarkdown } = await import('../../formatters/export/markdown.js');
    const title = entries.map((e) => `${e.standard.code} ${e.standard.name}`).join('、');
    return tablesMarkdown(title, tables);
  }
  const { tablesXlsx } = await import('../../formatters/export/xlsx.js');
  return tablesXlsx(tables);
}
