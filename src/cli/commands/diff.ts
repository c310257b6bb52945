/** `compstd diff`: what changed between versions of a standard, and does it matter. */
import { Option, type Command } from 'commander';
import { choice, positiveInt } from '../options.js';
import type { Runner } from '../program.js';
import { outputWidth } from '../io.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'changelog-zh'] as const;
const SEVERITY_NAMES = ['major', 'minor', 'patch'] as const;

interface DiffOptions {
  format: (typeof DIFF_FORMATS)[number];
  failOn?: (typeof SEVERITY_NAMES)[number];
  code?: string;
  git?: string;
  width?: number;
}

export function registerDiff(program: Command, runner: Runner): void {
  program
    .command('diff')
    .description('what changed between versions of a standard: matched by content, classified major/minor/patch')
    .argument('[refs...]', 'two references; a standard and two versions; two versions (every standard); or one standard (its whole chain)')
    .addOption(new Option('-f, --format <format>', `output format: ${DIFF_FORMATS.join(', ')}`).argParser(choice(DIFF_FORMATS)).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a change of this severity or above is present: major, minor, patch').argParser(choice(SEVERITY_NAMES)))
    .option('--code <codes>', 'with `diff vN vM` or --git: only standards whose code starts with one of these (comma-separated)')
    .option('--git <base>', 'compare every standard file changed since a git revision (a pull request\'s review)')
    .addOption(new Option('-w, --width <columns>', 'wrap to this many columns').argParser(positiveInt('--width', 40)))
    .addHelpText(
      'after',
      `
Examples:
  $ compstd diff IIS3512-001v2 IIS3512-001v3
  $ compstd diff IIS3512-001 v2 v3
  $ compstd diff v2 v3                         every standard with both versions
  $ compstd diff IIS3512-001                   the chain v1 → v2 → v3
  $ compstd diff old/v3.yaml standards/IIS3512-001/v3.yaml --format json
  $ compstd diff HEAD~1:standards/IIS3512-001/v3.yaml standards/IIS3512-001/v3.yaml
  $ compstd diff --git origin/main --format markdown --fail-on major
  $ compstd diff IDC3512-002v1 IDC3512-002v2 --format changelog-zh

Severity: major = something removed or a level changed; minor = something added;
patch = rewording, renumbering, moving. Classification: equivalent (patch only),
not-equivalent, or unknown (a side known only from a version table).`,
    )
    .action(async (refs: string[], opts: DiffOptions, command: Command) => {
      await runner(async (ctx) => {
        const [{ planDiff }, { diffEntries }, { hasSeverity }] = await Promise.all([
          import('../../diff/plan.js'),
          import('../../diff/versions.js'),
          import('../../diff/types.js'),
        ]);
        const code = opts.code?.split(',').filter((c) => c.trim() !== '');
        const plan = await planDiff(refs, { code, git: opts.git }, { catalog: await ctx.catalog(), resolve: (r) => ctx.resolve(r), cwd: ctx.io.cwd });
        for (const note of plan.notes) ctx.warn(note);
        if (plan.pairs.length === 0) ctx.warn(ctx.t(await ctx.catalogNote())); // nothing to compare: in which catalogue
        for (const p of plan.pairs) if (p.from.base !== p.to.base) ctx.warn(`${p.from.base} and ${p.to.base} are different standards: their codes are matched as if one were a version of the other`);
        const diffs = plan.pairs.map((p) => diffEntries(p.from, p.to));
        if (opts.format === 'json') {
          const { diffJson } = await import('../../formatters/diff/json.js');
          ctx.out(diffJson(diffs, plan.many));
        } else if (opts.format === 'markdown') {
          const { diffMarkdown } = await import('../../formatters/diff/markdown.js');
          ctx.out(diffMarkdown(diffs));
        } else if (opts.format === 'changelog-zh') {
          const { diffChangelog } = await import('../../formatters/diff/changelog.js');
          ctx.out(diffChangelog(diffs));
        } else {
          const [{ diffText }, { makeStyle }, { prepareDisplayWidth, stringsOf }] = await Promise.all([
            import('../../formatters/diff/text.js'),
            import('../../formatters/text/style.js'),
            import('../../formatters/text/width.js'),
          ]);
          await prepareDisplayWidth(stringsOf(diffs));
          ctx.out(diffText(diffs, { style: makeStyle(ctx.color), width: outputWidth(ctx.io.stdout, ctx.io.env, opts.width), colored: ctx.color > 0 }));
        }
        const failOn = opts.failOn;
        return failOn !== undefined && diffs.some((d) => hasSeverity(d, failOn)) ? 1 : 0;
      }, command);
    });
}
