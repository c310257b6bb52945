/** `compstd coverage`: how a course covers the standard it maps to — gaps first. */
import { Option, type Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { addOutputOptions, usage } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';

export const COVERAGE_FORMAT_NAMES = ['text', 'markdown', 'csv', 'json', 'xlsx'] as const;

interface CoverageOptions extends OutputOptions {
  failUnder?: number;
}

function percent(value: string): number {
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(usage('cli.usage.percentage'));
  return n;
}

export function registerCoverage(program: Command, runner: Runner): void {
  const command = program
    .command('coverage')
    .description('how a course mapping file covers its standard: the units of every task, K, S and A; the share per kind; gaps first')
    .argument('<mapping>', 'a course mapping file (YAML, schemas/course.schema.json)')
    .addOption(new Option('--fail-under <percent>', 'exit 1 when the total coverage is below this percentage (for CI)').argParser(percent));
  addOutputOptions(command, { formats: COVERAGE_FORMAT_NAMES, ascii: true })
    .addHelpText(
      'after',
      `
Examples:
  $ compstd coverage docs/examples/IIS3512-001v3.course.yaml
  $ compstd coverage course.yaml --format markdown -o coverage.md
  $ compstd coverage course.yaml -f xlsx -o coverage.xlsx   units × codes with ●, a summary sheet
  $ compstd coverage course.yaml --fail-under 90`,
    )
    .action(async (file: string, opts: CoverageOptions, command: Command) => {
      await runner(async (ctx) => {
        const [{ readMapping, requireStandard }, { coverage }, { render }, { COVERAGE_FORMATS }] = await Promise.all([
          import('./course-shared.js'),
          import('../../course/coverage.js'),
          import('../render.js'),
          import('../../formatters/course/index.js'),
        ]);
        const loaded = await readMapping(ctx, file);
        const entry = await requireStandard(ctx, loaded);
        const data = coverage(loaded.mapping, entry.standard);
        await render(ctx, COVERAGE_FORMATS, opts, data);
        if (opts.failUnder !== undefined && data.total.percent < opts.failUnder) {
          ctx.warn(ctx.t({ id: 'course.coverage.fail-under', params: { percent: data.total.percent, min: opts.failUnder } }));
          return 1;
        }
        return 0;
      }, command);
    });
}
