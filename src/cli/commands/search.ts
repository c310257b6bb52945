/** `compstd search <text>` and `compstd compare <refs...>`: questions across the catalogue. */
import { Option, type Command } from 'commander';
import { choice, choiceList, positiveInt } from '../options.js';
import type { Runner } from '../program.js';
import { outputWidth } from '../io.js';
import { TEXT_KINDS, type TextKind } from '../../query/texts.js';

interface SearchOptions {
  kind?: TextKind[];
  category?: string;
  allVersions?: boolean;
  regex?: boolean;
  format: 'text' | 'json' | 'csv';
  width?: number;
}

interface CompareOptions {
  threshold: number;
  format: 'text' | 'markdown' | 'json' | 'csv';
  width?: number;
  ascii?: boolean;
}

function threshold(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new Error('--threshold must be a number in (0, 1]');
  return n;
}

export function registerSearch(program: Command, runner: Runner): void {
  program
    .command('search')
    .description('find text in every standard: names, duties, tasks, outputs, indicators, K, S, A, notes')
    .argument('<text>', 'what to find; full-width and half-width alike, white space and case ignored')
    .addOption(new Option('-k, --kind <kinds>', `only these kinds, comma-separated: ${TEXT_KINDS.join(', ')}`).argParser(choiceList(TEXT_KINDS)))
    .option('--category <code>', '職類別代碼 of the standards, e.g. IIS')
    .option('-a, --all-versions', 'every version in the catalogue, not only the newest')
    .option('--regex', 'the text is a regular expression (case-insensitive)')
    .addOption(new Option('-f, --format <format>', 'text, json, csv').argParser(choice(['text', 'json', 'csv'] as const)).default('text'))
    .addOption(new Option('-w, --width <columns>', 'wrap to this many columns').argParser(positiveInt('--width', 40)))
    .addHelpText(
      'after',
      `
Examples:
  $ compstd search 雲端
  $ compstd search 訊號監控 --format json
  $ compstd search 職業安全衛生 --kind knowledge
  $ compstd search 'K0[1-3]|除錯' --regex --category IDC`,
    )
    .action(async (text: string, opts: SearchOptions, command: Command) => {
      await runner(async (ctx) => {
        const { UsageError } = await import('../../model/errors.js');
        if (opts.regex) {
          try {
            new RegExp(text, 'iu');
          } catch (e) {
            throw new UsageError(`--regex: ${(e as Error).message}`);
          }
        }
        const [catalog, { searchDocs, searchIn }, { derivedFromCatalog }] = await Promise.all([
          ctx.catalog(),
          import('../../query/search.js'),
          import('../../load/derived.js'),
        ]);
        // The texts of the catalogue, from one cached index while no file has changed.
        const all = opts.allVersions === true;
        const { value: docs, skipped } = await derivedFromCatalog(catalog, await ctx.cacheSpec('derived'), `search-docs:${all}`, (view) =>
          searchDocs(view.entries, all),
        );
        ctx.reportSkipped(skipped);
        const hits = searchIn(docs, text, { kinds: opts.kind, category: opts.category, regex: opts.regex });
        const f = await import('../../formatters/query/search.js');
        if (opts.format === 'json') ctx.out(f.searchJson(hits));
        else if (opts.format === 'csv') ctx.out(f.searchCsv(hits));
        else {
          const [{ makeStyle }, { prepareDisplayWidth }] = await Promise.all([import('../../formatters/text/style.js'), import('../../formatters/text/width.js')]);
          await prepareDisplayWidth(hits.map((h) => h.text));
          ctx.out(f.searchText(hits, { style: makeStyle(ctx.color), width: outputWidth(ctx.io.stdout, ctx.io.env, opts.width), colored: ctx.color > 0 }));
        }
        return 0;
      }, command);
    });

  program
    .command('compare')
    .description('which knowledge, skills and attitudes two or more standards share, matched by text')
    .argument('<refs...>', 'two or more standards')
    .addOption(new Option('-t, --threshold <score>', 'similarity (0–1) from which two texts count as a close match').argParser(threshold).default(0.6))
    .addOption(new Option('-f, --format <format>', 'text, markdown, json, csv').argParser(choice(['text', 'markdown', 'json', 'csv'] as const)).default('text'))
    .addOption(new Option('-w, --width <columns>', 'fit tables to this many columns').argParser(positiveInt('--width', 40)))
    .option('--ascii', 'draw borders with + - |')
    .addHelpText(
      'after',
      `
Examples:
  $ compstd compare IIS3512-001v3 IDC3512-002v2
  $ compstd compare IIS3512-001 IDC3512-002 --threshold 0.5 --format markdown
  $ compstd compare IIS3512-001 IDC3512-002 --format json | jq '.summary'`,
    )
    .action(async (refs: string[], opts: CompareOptions, command: Command) => {
      await runner(async (ctx) => {
        const { UsageError, InputError } = await import('../../model/errors.js');
        if (refs.length < 2) throw new UsageError('compare needs two or more standards');
        const entries = [];
        for (const ref of refs) {
          const e = await ctx.resolve(ref);
          if (e.kind === 'history') throw new InputError(`${e.base}v${e.version} is known only from a version table: it has no K, S or A to compare.`);
          entries.push(e);
        }
        const { compare } = await import('../../query/compare.js');
        const result = compare(entries, opts.threshold);
        const f = await import('../../formatters/query/compare.js');
        if (opts.format === 'json') ctx.out(f.compareJson(result));
        else if (opts.format === 'csv') ctx.out(f.compareCsv(result));
        else if (opts.format === 'markdown') ctx.out(f.compareMarkdown(result));
        else {
          const [{ makeStyle }, { prepareDisplayWidth, stringsOf }] = await Promise.all([import('../../formatters/text/style.js'), import('../../formatters/text/width.js')]);
          await prepareDisplayWidth(stringsOf(result));
          ctx.out(f.compareText(result, { style: makeStyle(ctx.color), width: outputWidth(ctx.io.stdout, ctx.io.env, opts.width), border: opts.ascii ? 'ascii' : 'unicode' }));
        }
        return 0;
      }, command);
    });
}
