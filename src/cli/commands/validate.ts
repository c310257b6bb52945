/** `compstd validate`: schema and rules over standard files, for people and for CI. */
import { Option, type Command } from 'commander';
import { choice, positiveInt } from '../options.js';
import type { Runner } from '../program.js';

export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;

interface ValidateOptions {
  format: (typeof VALIDATE_FORMATS)[number];
  maxWarnings?: number;
  failOn: 'error' | 'warning';
  rule?: string[];
  config?: string;
  frames: boolean;
  jobs?: number;
  // issue 12 (baseline): known findings suppressed, new ones fail, stale entries reported.
  baseline?: string;
  writeBaseline?: string;
}

export function registerValidate(program: Command, runner: Runner): void {
  program
    .command('validate')
    .description('check standard files against the schema and the rules (compstd rules lists them)')
    .argument('[inputs...]', 'files, folders, globs, or - for stdin (default: the catalogue)')
    .addOption(
      new Option('-f, --format <format>', `output format: ${VALIDATE_FORMATS.join(', ')}`).argParser(choice(VALIDATE_FORMATS)).default('stylish'),
    )
    .addOption(new Option('--fail-on <severity>', 'exit 1 on findings of this severity or worse').argParser(choice(['error', 'warning'] as const)).default('error'))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(positiveInt('--max-warnings', 0)))
    .option('--rule <id=severity>', 'set a rule to error, warning, info or off (repeatable)', (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .option('--config <file>', 'the config file (default: .compstd.yaml in the catalogue, or in the current folder when inputs are given)')
    .option('--no-frames', 'no code frames under findings (stylish)')
    .addOption(new Option('-j, --jobs <n>', 'threads to check files on (default: the cores, at most 4)').argParser(positiveInt('--jobs')))
    // issue 12 (baseline)
    .option('--baseline <file>', 'suppress the findings this baseline lists (counted in the summary); report its stale entries')
    .addOption(new Option('--write-baseline <file>', 'write the current errors and warnings to this baseline file (they are then suppressed)').conflicts('baseline'))
    .addHelpText(
      'after',
      `
Examples:
  $ compstd validate                                   the whole catalogue
  $ compstd validate standards/IIS3512-001/v3.yaml
  $ compstd validate 'standards/**/*.yaml' --format github
  $ compstd validate my-standards/ --rule code-gap=off --rule level-far-from-standard=off
  $ compstd validate --format sarif > compstd.sarif
  $ compstd validate --fail-on warning --max-warnings 0
  $ cat v1.yaml | compstd validate -

Exit codes: 0 clean (or below the threshold), 1 findings at or above --fail-on or more
warnings than --max-warnings, 2 usage error.`,
    )
    .action(async (inputs: string[], opts: ValidateOptions, command: Command) => {
      await runner(async (ctx) => {
        const { validate } = await import('../../rules/validate.js');
        const catalog = inputs.length === 0 ? await ctx.catalogRoot() : undefined;
        const result = await validate({
          inputs: inputs.length === 0 ? [catalog!] : inputs,
          cwd: ctx.io.cwd,
          readStdin: ctx.io.readStdin,
          configPath: opts.config,
          configDir: catalog ?? ctx.io.cwd,
          ruleFlags: opts.rule ?? [],
          jobs: opts.jobs,
          cache: await ctx.cacheSpec('validate'),
          // issue 12 (baseline)
          baseline: opts.baseline,
          writeBaseline: opts.writeBaseline,
        });
        // issue 12 (baseline)
        if (result.baselineWritten) ctx.warn(ctx.t({ id: 'findings.baseline.written', params: result.baselineWritten }));
        const { formatFindings } = await import('../../formatters/findings/index.js');
        const { makeStyle } = await import('../../formatters/text/style.js');
        ctx.out(await formatFindings(opts.format, result, { style: makeStyle(ctx.color), frames: opts.frames }));
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        const warnings = result.findings.filter((f) => f.severity === 'warning').length;
        const failed = errors > 0 || (opts.failOn === 'warning' && warnings > 0) || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings);
        return failed ? 1 : 0;
      }, command);
    });
}
