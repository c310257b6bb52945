/** `compstd list`: a table of the catalogue. */
import { Option, type Command } from 'commander';
import { addOutputOptions, positiveInt } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';

export const LIST_FORMAT_NAMES = ['text', 'markdown', 'csv', 'json'] as const;

interface ListOptions extends OutputOptions {
  category?: string;
  occupation?: string;
  industry?: string;
  level?: number;
  name?: string;
  allVersions?: boolean;
}

export function registerList(program: Command, runner: Runner): void {
  const command = program
    .command('list')
    .description('list the standards of the catalogue: code, version, name, classification, level, status, date')
    .option('--category <code>', '職類別代碼, e.g. IIS')
    .option('--occupation <code>', '職業別代碼 or its start, e.g. 3512 or 35')
    .option('--industry <code>', '行業別代碼 or its start, e.g. J6312 or J63')
    .addOption(new Option('--level <n>', '基準級別 1–6').argParser(positiveInt('--level')))
    .option('--name <text>', 'part of the name, e.g. 雲端')
    .option('-a, --all-versions', 'every version, with those known only from version tables');
  addOutputOptions(command, { formats: LIST_FORMAT_NAMES, ascii: true })
    .addHelpText(
      'after',
      `
Examples:
  $ compstd list
  $ compstd list --all-versions
  $ compstd list --category IIS --level 2
  $ compstd list --name 雲端 --format json
  $ compstd list --all-versions --format csv -o catalogue.csv
  $ compstd list | grep 雲端                one line per standard when piped`,
    )
    .action(async (opts: ListOptions, command: Command) => {
      await runner(async (ctx) => {
        const [catalog, cache, { selectRows }, { indexedRows }, { render }, { LIST_FORMATS }] = await Promise.all([
          ctx.catalog(),
          ctx.cacheSpec('index'),
          import('../../query/list.js'),
          import('../../query/catalog-index.js'),
          import('../render.js'),
          import('../../formatters/list/index.js'),
        ]);
        // The catalogue from its index: only the files changed since the last run are read.
        const { value: rows, skipped } = await indexedRows({ root: catalog.root, cwd: catalog.cwd, cache }, opts.allVersions === true);
        ctx.reportSkipped(skipped);
        await render(ctx, LIST_FORMATS, opts, { rows: selectRows(rows, opts) });
        return 0;
      }, command);
    });
}
