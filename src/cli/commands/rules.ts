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
        const [{ RULES, LOAD_CHECKS, PUBLISHED_CHECKS, BASELINE_CHECK }, { render }, { RULES_FORMATS }] = await Promise.all([
          import('../../rules/registry.js'),
          import('../render.js'),
          import('../../formatters/rules/index.js'),
        ]);
        // Each rule's description in the reader's language; the message id stays beside it in JSON.
        const row = (m: (typeof LOAD_CHECKS)[number], scope: 'file' | 'catalog' | 'load' | 'published' | 'baseline', configurable: boolean) => ({
          id: m.id,
          severity: m.severity,
          description: ctx.t(m.descriptionMessage),
          descriptionId: m.descriptionMessage.id,
          docs: m.docs,
          scope,
          configurable,
        });
        const rules = [
          ...RULES.map((r) => row(r.meta, r.scope, true)),
          ...PUBLISHED_CHECKS.map((m) => row(m, 'published', true)),
          row(BASELINE_CHECK, 'baseline', true),
          ...LOAD_CHECKS.map((m) => row(m, 'load', false)),
        ];
        await render(ctx, RULES_FORMATS, opts, { rules });
        return 0;
      }, command);
    });
}
