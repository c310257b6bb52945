/** `compstd search <text>` and `compstd compare <refs...>`: questions across the catalogue. */
import { Option, type Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { addOutputOptions, choiceList, usage } from '../options.js';
import type { Matcher } from '../../query/pattern.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';
import { TEXT_KINDS, type TextKind } from '../../query/texts.js';

interface SearchOptions extends OutputOptions {
  kind?: TextKind[];
  category?: string;
  allVersions?: boolean;
  regex?: boolean;
}

interface CompareOptions extends OutputOptions {
  threshold: number;
}

export const SEARCH_FORMAT_NAMES = ['text', 'markdown', 'csv', 'json'] as const;
export const COMPARE_FORMAT_NAMES = ['text', 'markdown', 'csv', 'json'] as const;

/** --threshold: a bad value is a usage error (exit 2), never an internal error. */
function threshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError(usage('cli.usage.threshold'));
  return n;
}

export function registerSearch(program: Command, runner: Runner): void {
  const search = program
    .command('search')
    .description('find text in every standard: names, duties, tasks, outputs, indicators, K, S, A, notes')
    .argument('<text>', 'what to find; full-width and half-width alike, white space and case ignored')
    .addOption(new Option('-k, --kind <kinds>', `only these kinds, comma-separated: ${TEXT_KINDS.join(', ')}`).argParser(choiceList(TEXT_KINDS)))
    .option('--category <code>', '職類別代碼 of the standards, e.g. IIS')
    .option('-a, --all-versions', 'every version in the catalogue, not only the newest')
    .option('--regex', 'the text is a regular expression (case-insensitive)');
  addOutputOptions(search, { formats: SEARCH_FORMAT_NAMES })
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
        let pattern: Matcher | undefined;
        if (opts.regex) {
          const [{ compilePattern, PatternError }, { msg }] = await Promise.all([import('../../query/pattern.js'), import('../../model/i18n.js')]);
          try {
            pattern = compilePattern(text);
          } catch (e) {
            if (e instanceof PatternError) throw new UsageError(msg('limits.regexUnsupported', { detail: e.detail }));
            throw e;
          }
        }
        const [catalog, cache, { searchIn }, { indexedDocs }] = await Promise.all([
          ctx.catalog(),
          ctx.cacheSpec('index'),
          import('../../query/search.js'),
          import('../../query/catalog-index.js'),
        ]);
        // The texts of the catalogue from its index: only the files changed since the last run are read.
        const { value: docs, skipped } = await indexedDocs({ root: catalog.root, cwd: catalog.cwd, cache }, opts.allVersions === true);
        ctx.reportSkipped(skipped);
        const hits = searchIn(docs, text, { kinds: opts.kind, category: opts.category, pattern });
        const [{ render }, { SEARCH_FORMATS }] = await Promise.all([import('../render.js'), import('../../formatters/query/index.js')]);
        await render(ctx, SEARCH_FORMATS, opts, { hits });
        return 0;
      }, command);
    });

  const compare = program
    .command('compare')
    .description('which knowledge, skills and attitudes two or more standards share, matched by text')
    .argument('<refs...>', 'two or more standards')
    .addOption(new Option('-t, --threshold <score>', 'similarity (0–1) from which two texts count as a close match').argParser(threshold).default(0.6));
  addOutputOptions(compare, { formats: COMPARE_FORMAT_NAMES, ascii: true })
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
        const [{ UsageError, InputError }, { msg }] = await Promise.all([import('../../model/errors.js'), import('../../model/i18n.js')]);
        if (refs.length < 2) throw new UsageError(msg('cli.compare.needs-two'));
        const entries = [];
        for (const ref of refs) {
          const e = await ctx.resolve(ref);
          if (e.kind === 'history') throw new InputError(msg('cli.compare.history-only', { ref: `${e.base}v${e.version}` }));
          entries.push(e);
        }
        const [{ compare }, { render }, { COMPARE_FORMATS }] = await Promise.all([
          import('../../query/compare.js'),
          import('../render.js'),
          import('../../formatters/query/index.js'),
        ]);
        await render(ctx, COMPARE_FORMATS, opts, compare(entries, opts.threshold));
        return 0;
      }, command);
    });
}
