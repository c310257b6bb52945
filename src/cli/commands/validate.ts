/** `compstd validate`: schema and rules over standard files, for people and for CI. */
import { Option, type Command } from 'commander';
import { addOutputOptions, choice, positiveInt } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';
import type { ValidateResult } from '../../rules/validate.js';
import type { RunFacts } from '../../formatters/findings/summary.js';

/** `stylish` is still accepted for `text`. */
export const VALIDATE_FORMATS = ['text', 'json', 'github', 'junit', 'sarif'] as const;

interface ValidateOptions extends OutputOptions {
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
  const command = program
    .command('validate')
    .description('check standard files against the schema and the rules (compstd rules lists them)')
    .argument('[inputs...]', 'files, folders, globs, or - for stdin (default: the catalogue)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 on findings of this severity or worse').argParser(choice(['error', 'warning'] as const)).default('error'))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(positiveInt('--max-warnings', 0)))
    .option('--rule <id=severity>', 'set a rule to error, warning, info or off (repeatable)', (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .option('--config <file>', 'the config file (default: the .compstd.yaml that names the catalogue, or one in the catalogue folder)')
    .option('--no-frames', 'no code frames under findings (text)')
    .addOption(new Option('-j, --jobs <n>', 'threads to check files on (default: the cores, at most 4)').argParser(positiveInt('--jobs')))
    .option('--baseline <file>', 'suppress the findings this baseline lists (counted in the summary); report its stale entries')
    .addOption(new Option('--write-baseline <file>', 'write the current errors and warnings to this baseline file (they are then suppressed)').conflicts('baseline'));
  addOutputOptions(command, { formats: VALIDATE_FORMATS })
    .addHelpText(
      'after',
      `
Examples:
  $ compstd validate                                   the whole catalogue
  $ compstd validate standards/IIS3512-001/v3.yaml
  $ compstd validate 'standards/**/*.yaml' --format github
  $ compstd validate my-standards/ --rule code-gap=off --rule level-far-from-standard=off
  $ compstd validate --format sarif -o compstd.sarif
  $ compstd validate --fail-on warning --max-warnings 0
  $ cat v1.yaml | compstd validate -

Exit codes: 0 clean (or below the threshold), 1 findings at or above --fail-on or more
warnings than --max-warnings, 2 usage error.`,
    )
    .action(async (inputs: string[], opts: ValidateOptions, command: Command) => {
      await runner(async (ctx) => {
        const startedAt = new Date();
        const { validate } = await import('../../rules/validate.js');
        const source = await ctx.catalogSource();
        const catalog = inputs.length === 0 ? source.root : undefined;
        // Course mapping files are checked against the standard they name (src/rules/course-check.ts).
        const { splitCourseInputs, validateCourses } = await import('./course-shared.js');
        const split = await splitCourseInputs(ctx, inputs);
        const courses = await validateCourses(ctx, split.courses);
        const empty: ValidateResult = { findings: [], files: [], sources: new Map<string, string>(), suppressed: 0, suppressedFindings: [] };
        const result: ValidateResult = split.rest.length === 0 && split.courses.length > 0 ? empty : await validate({
          inputs: inputs.length === 0 ? [catalog!] : split.rest,
          cwd: ctx.io.cwd,
          readStdin: ctx.io.readStdin,
          configPath: opts.config ?? source.config,
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
        result.findings.push(...courses.findings);
        result.files.push(...courses.files);
        for (const [k, v] of courses.sources) result.sources.set(k, v);
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        const warnings = result.findings.filter((f) => f.severity === 'warning').length;
        const warningsFail = (opts.failOn === 'warning' && warnings > 0) || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings);
        const failed = errors > 0 || warningsFail;
        // What the CI formats say of the run: when, how long, where; SARIF's root and the rules' help.
        const run: RunFacts = { cwd: ctx.io.cwd, warningsFail, startedAt, elapsedMs: Date.now() - startedAt.getTime(), hostname: (await import('node:os')).hostname() };
        if (opts.format === 'sarif') {
          const [{ repositoryRoot }, { readRuleDocs }, { RULES, LOAD_CHECKS }] = await Promise.all([
            import('../../load/git.js'),
            import('../../load/rule-docs.js'),
            import('../../rules/registry.js'),
          ]);
          run.root = (await repositoryRoot(ctx.io.cwd)) ?? ctx.io.cwd;
          run.ruleHelp = readRuleDocs([...LOAD_CHECKS, ...RULES.map((r) => r.meta)].map((r) => r.id));
        }
        const [{ render }, { FINDINGS_FORMATS }] = await Promise.all([import('../render.js'), import('../../formatters/findings/index.js')]);
        // Which catalogue was checked: under the summary of the text, on stderr beside a machine format.
        const note = catalog !== undefined ? ctx.t(await ctx.catalogNote()) : undefined;
        await render(ctx, FINDINGS_FORMATS, opts, { ...result, frames: opts.frames, run, ...(note !== undefined && opts.format === 'text' ? { catalog: note } : {}) });
        if (note !== undefined && opts.format !== 'text') ctx.io.stderr.write(`${note}\n`);
        return failed ? 1 : 0;
      }, command);
    });
}
