/** `compstd list`: a table of the catalogue. */
import { Option, type Command } from 'commander';
import { choice, positiveInt } from '../options.js';
import type { Runner } from '../program.js';
import { outputWidth } from '../io.js';

export const LIST_FORMAT_NAMES = ['table', 'json', 'csv'] as const;

interface ListOptions {
  category?: string;
  occupation?: string;
  industry?: string;
  level?: number;
  name?: string;
  allVersions?: boolean;
  format: (typeof LIST_FORMAT_NAMES)[number];
  width?: number;
  ascii?: boolean;
}

export function registerList(program: Command, runner: Runner): void {
  program
    .command('list')
    .description('list the standards of the catalogue: code, version, name, classification, level, status, date')
    .option('--category <code>', '職類別代碼, e.g. IIS')
    .option('--occupation <code>', '職業別代碼 or its start, e.g. 3512 or 35')
    .option('--industry <code>', '行業別代碼 or its start, e.g. J6312 or J63')
    .addOption(new Option('--level <n>', '基準級別 1–6').argParser(positiveInt('--level')))
    .option('--name <text>', 'part of the name, e.g. 雲端')
    .option('-a, --all-versions', 'every version, with those known only from version tables')
    .addOption(
      new Option('-f, --format <format>', `output format: ${LIST_FORMAT_NAMES.join(', ')}`)
        .argParser(choice(LIST_FORMAT_NAMES))
        .default('table'),
    )
    .addOption(new Option('-w, --width <columns>', 'fit the table to this many columns').argParser(positiveInt('--width', 40)))
    .option('--ascii', 'draw borders with + - |')
    .addHelpText(
      'after',
      `
Examples:
  $ compstd list
  $ compstd list --all-versions
  $ compstd list --category IIS --level 2
  $ compstd list --name 雲端 --format json
  $ compstd list --all-versions --format csv > catalogue.csv`,
    )
    .action(async (opts: ListOptions, command: Command) => {
      await runner(async (ctx) => {
        const [catalog, { allRows, selectRows }, { derivedFromCatalog }] = await Promise.all([
          ctx.catalog(),
          import('../../query/list.js'),
          import('../../load/derived.js'),
        ]);
        // The rows of the catalogue, from one cached index while no file has changed.
        const { value, skipped } = await derivedFromCatalog(
          catalog,
          await ctx.cacheSpec('derived'),
          'list-rows',
          (view) => allRows(view.entries),
          (rows, to) => rows.map((r) => ({ ...r, file: to(r.file) })),
        );
        ctx.reportSkipped(skipped);
        const rows = selectRows(value, opts);
        if (opts.format === 'json') {
          const { listJson } = await import('../../formatters/list/json.js');
          ctx.out(listJson(rows));
        } else if (opts.format === 'csv') {
          const { listCsv } = await import('../../formatters/list/csv.js');
          ctx.out(listCsv(rows));
        } else {
          const [{ listTable }, { makeStyle }, { prepareDisplayWidth, stringsOf }] = await Promise.all([
            import('../../formatters/list/table.js'),
            import('../../formatters/text/style.js'),
            import('../../formatters/text/width.js'),
          ]);
          await prepareDisplayWidth(stringsOf(rows));
          ctx.out(
            listTable(rows, {
              width: outputWidth(ctx.io.stdout, ctx.io.env, opts.width),
              border: opts.ascii ? 'ascii' : 'unicode',
              style: makeStyle(ctx.color),
            }),
          );
        }
        return 0;
      }, command);
    });
}
