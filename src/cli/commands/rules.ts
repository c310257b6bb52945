/** `compstd rules`: the rules validate applies, with their default severity and docs. */
import type { Command } from 'commander';
import { addOutputOptions } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';

export const RULES_FORMAT_NAMES = ['text', 'markdown', 'csv', 'json'] as const;

export function registerRules(program: Command, runner: Runner): void {
  const command = program.command('rules').description('list the rules of compstd validate: id, default severity, what it checks, docs');
  addOutputOptions(command, { formats: RULES_FORMAT_NAMES, ascii: true })
    .addHelpText(
      'after',
      `
Examples:
  $ compstd rules
  $ compstd rules --format json | jq -r '.[].id'
  $ compstd rules --format md -o RULES.md

Change a severity with --rule id=severity, or in .compstd.yaml:
  rules:
    code-gap: off
    level-far-from-standard: warning`,
    )
    .action(async (opts: OutputOptions, command: Command) => {
      await runner(async (ctx) => {
        const [{ RULES, LOAD_CHECKS }, { render }, { RULES_FORMATS }] = await Promise.all([
          import('../../rules/registry.js'),
          import('../render.js'),
          import('../../formatters/rules/index.js'),
        ]);
        const rules = [
          ...RULES.map((r) => ({ ...r.meta, scope: r.scope, configurable: true })),
          ...LOAD_CHECKS.map((m) => ({ ...m, scope: 'load' as const, configurable: false })),
        ];
        await render(ctx, RULES_FORMATS, opts, { rules });
        return 0;
      }, command);
    });
}
