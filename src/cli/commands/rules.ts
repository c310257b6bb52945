/** `compstd rules`: the rules validate applies, with their default severity and docs. */
import { Option, type Command } from 'commander';
import { choice, positiveInt } from '../options.js';
import type { Runner } from '../program.js';
import { outputWidth } from '../io.js';

export function registerRules(program: Command, runner: Runner): void {
  program
    .command('rules')
    .description('list the rules of compstd validate: id, default severity, what it checks, docs')
    .addOption(new Option('-f, --format <format>', 'output format: table, json').argParser(choice(['table', 'json'] as const)).default('table'))
    .addOption(new Option('-w, --width <columns>', 'fit the table to this many columns').argParser(positiveInt('--width', 40)))
    .option('--ascii', 'draw borders with + - |')
    .addHelpText(
      'after',
      `
Examples:
  $ compstd rules
  $ compstd rules --format json | jq -r '.[].id'

Change a severity with --rule id=severity, or in .compstd.yaml:
  rules:
    code-gap: off
    level-far-from-standard: warning`,
    )
    .action(async (opts: { format: 'table' | 'json'; width?: number; ascii?: boolean }, command: Command) => {
      await runner(async (ctx) => {
        const { RULES, LOAD_CHECKS } = await import('../../rules/registry.js');
        const rows = [
          ...RULES.map((r) => ({ ...r.meta, scope: r.scope, configurable: true })),
          ...LOAD_CHECKS.map((m) => ({ ...m, scope: 'load' as const, configurable: false })),
        ];
        if (opts.format === 'json') {
          ctx.out(`${JSON.stringify(rows, null, 2)}\n`);
          return 0;
        }
        const [{ renderTable }, { makeStyle }, { prepareDisplayWidth, stringsOf }] = await Promise.all([
          import('../../formatters/text/table.js'),
          import('../../formatters/text/style.js'),
          import('../../formatters/text/width.js'),
        ]);
        await prepareDisplayWidth(stringsOf(rows));
        ctx.out(
          renderTable({
            columns: [{ header: 'rule', min: Math.max(...rows.map((r) => r.id.length)) }, { header: 'severity', min: 8 }, { header: 'checks' }],
            rows: rows.map((r) => [r.id, r.configurable ? r.severity : `${r.severity} (always)`, r.description]),
            border: opts.ascii ? 'ascii' : 'unicode',
            maxWidth: outputWidth(ctx.io.stdout, ctx.io.env, opts.width),
            style: makeStyle(ctx.color),
          }) + '\nEach rule is documented in docs/rules/<rule>.md; set severities with --rule id=severity or in .compstd.yaml.\n',
        );
        return 0;
      }, command);
    });
}
