/** `compstd diff`: what changed between versions of a standard, and does it matter. */
import { Option, type Command } from 'commander';
import { addOutputOptions, choice } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';

export const DIFF_FORMATS = ['text', 'markdown', 'csv', 'json', 'changelog-zh'] as const;
const SEVERITY_NAMES = ['major', 'minor', 'patch'] as const;

interface DiffOptions extends OutputOptions {
  failOn?: (typeof SEVERITY_NAMES)[number];
  code?: string;
  git?: string;
}

export function registerDiff(program: Command, runner: Runner): void {
  const command = program
    .command('diff')
    .description('what changed between versions of a standard: matched by content, classified major/minor/patch')
    .argument('[refs...]', 'two references; a standard and two versions; two versions (every standard); or one standard (its whole chain)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a change of this severity or above is present: major, minor, patch').argParser(choice(SEVERITY_NAMES)))
    .option('--code <codes>', 'with `diff vN vM` or --git: only standards whose code starts with one of these (comma-separated)')
    .option('--git <base>', 'every standard file changed since the branch left a git revision, committed or not: modified, renamed, deleted (major), new (a pull request\'s review)');
  addOutputOptions(command, { formats: DIFF_FORMATS })
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
        for (const note of plan.notes) ctx.warn(typeof note === 'string' ? note : ctx.t(note));
        if (plan.pairs.length === 0) ctx.warn(ctx.t(await ctx.catalogNote())); // nothing to compare: in which catalogue
        for (const p of plan.pairs) if (p.from.base !== p.to.base) ctx.warn(ctx.t({ id: 'cli.diff.different-standards', params: { from: p.from.base, to: p.to.base } }));
        const diffs = plan.pairs.map((p) => diffEntries(p.from, p.to, p));
        const [{ render }, { DIFF_FORMATS: FORMATS }] = await Promise.all([import('../render.js'), import('../../formatters/diff/index.js')]);
        await render(ctx, FORMATS, opts, { diffs, many: plan.many });
        const failOn = opts.failOn;
        return failOn !== undefined && diffs.some((d) => hasSeverity(d, failOn)) ? 1 : 0;
      }, command);
    });
}
