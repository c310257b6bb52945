/**
 * `compstd impact`: what a new version of the standard means for a course, unit by unit; and
 * `compstd migrate`: the mapping rewritten to the new version's codes where the diff proves identity.
 */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { addOutputOptions, choice } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';
import type { Context } from '../context.js';

export const IMPACT_FORMAT_NAMES = ['text', 'markdown', 'json'] as const;
const SEVERITY_NAMES = ['major', 'minor', 'patch'] as const;

interface ImpactOptions extends OutputOptions {
  to: string;
  failOn?: (typeof SEVERITY_NAMES)[number];
}

/** The mapping, its standard, REF, and the diff between them. */
async function prepare(ctx: Context, file: string, to: string) {
  const [{ readMapping, requireStandard }, { diffEntries }] = await Promise.all([import('./course-shared.js'), import('../../diff/versions.js')]);
  const loaded = await readMapping(ctx, file);
  const from = await requireStandard(ctx, loaded);
  const target = await ctx.resolve(to);
  return { loaded, from, target, diff: diffEntries(from, target) };
}

export function registerImpact(program: Command, runner: Runner): void {
  const command = program
    .command('impact')
    .description('what a new version of the standard means for a course: each change, the units it touches, what to do')
    .argument('<mapping>', 'a course mapping file')
    .requiredOption('--to <ref>', 'the version to compare with, e.g. IIS3512-001v4 or a path')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a change of this severity or above is present: major, minor, patch').argParser(choice(SEVERITY_NAMES)));
  addOutputOptions(command, { formats: IMPACT_FORMAT_NAMES })
    .addHelpText(
      'after',
      `
Examples:
  $ compstd impact course.yaml --to IIS3512-001v4
  $ compstd impact course.yaml --to new/v4.yaml --format markdown -o impact.md
  $ compstd impact course.yaml --to IIS3512-001 --fail-on major

Actions, most urgent first: review (removed), level (changed), gap (new), link, wording, migrate (renumbered).`,
    )
    .action(async (file: string, opts: ImpactOptions, command: Command) => {
      await runner(async (ctx) => {
        const [{ impact }, { hasSeverity }, { render }, { IMPACT_FORMATS }] = await Promise.all([
          import('../../course/impact.js'),
          import('../../diff/types.js'),
          import('../render.js'),
          import('../../formatters/course/index.js'),
        ]);
        const { loaded, diff } = await prepare(ctx, file, opts.to);
        await render(ctx, IMPACT_FORMATS, opts, impact(loaded.mapping, diff));
        return opts.failOn !== undefined && hasSeverity(diff, opts.failOn) ? 1 : 0;
      }, command);
    });

  program
    .command('migrate')
    .description("rewrite a course mapping to a new version's codes where the diff proves identity; the rest is marked for review")
    .argument('<mapping>', 'a course mapping file')
    .requiredOption('--to <ref>', 'the version to migrate to')
    .option('-o, --output <file>', 'write the migrated mapping here, whole or not at all (default: standard output)')
    .addHelpText(
      'after',
      `
Examples:
  $ compstd migrate course.yaml --to IIS3512-001v4 -o course-v4.yaml
  $ compstd migrate course.yaml --to IIS3512-001v4 -o course.yaml     in place, atomically`,
    )
    .action(async (file: string, opts: { to: string; output?: string }, command: Command) => {
      await runner(async (ctx) => {
        const [{ migrate }, { courseYaml, modelineSchema }, { standardItems }, { InputError }, { COVER_KINDS }, { terminalSafe }] = await Promise.all([
          import('../../course/impact.js'),
          import('../../course/serialize.js'),
          import('../../course/codes.js'),
          import('../../model/errors.js'),
          import('../../model/course.js'),
          import('../../formatters/encode/terminal.js'),
        ]);
        const { loaded, from, target, diff } = await prepare(ctx, file, opts.to);
        if (target.kind === 'history') throw new InputError({ id: 'course.migrate.history', params: { ref: `${target.base}v${target.version}` } });
        const codes = (s: typeof from.standard) => {
          const items = standardItems(s);
          return Object.fromEntries(COVER_KINDS.map((k) => [k, new Set(items[k].map((i) => i.code))])) as Record<(typeof COVER_KINDS)[number], Set<string>>;
        };
        const m = migrate(loaded.mapping, diff, codes(target.standard), codes(from.standard));
        const comments = new Map<number, string[]>();
        for (const r of m.review) {
          const reason = ctx.t({ id: `course.migrate.reason.${r.reason}`, params: { from: diff.from, to: diff.to } });
          const line = ctx.t({ id: 'course.migrate.review', params: { unit: r.unit, code: r.code, reason } });
          comments.set(r.index, [...(comments.get(r.index) ?? []), line]);
          ctx.warn(terminalSafe(line)); // unit ids and codes come from the data
        }
        const text = courseYaml(m.mapping, { schema: modelineSchema(loaded.text), comments });
        ctx.warn(ctx.t({ id: 'course.migrate.done', params: { renamed: m.renamed.length, review: m.review.length } }));
        if (opts.output === undefined || opts.output === '-') ctx.out(text);
        else {
          const { writeFileAtomic } = await import('../../load/write.js');
          writeFileAtomic(resolve(ctx.io.cwd, opts.output), text, opts.output);
          ctx.warn(ctx.t({ id: 'cli.wrote', params: { file: opts.output } }));
        }
        return m.review.length > 0 ? 1 : 0;
      }, command);
    });
}
