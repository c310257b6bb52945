/** `compstd show <ref>`: one standard, the way a reader expects it. */
import { Option, type Command } from 'commander';
import { addOutputOptions, choiceList } from '../options.js';
import type { Runner } from '../program.js';
import type { OutputOptions } from '../render.js';

import { SECTIONS as SHOW_SECTIONS, type Section } from '../../formatters/standard/sections.js';

/** The keys of SHOW_FORMATS (formatters/standard/index.ts), listed here so help needs no formatter. */
export const SHOW_FORMAT_NAMES = ['text', 'markdown', 'json', 'yaml'] as const;

interface ShowOptions extends OutputOptions {
  section?: Section[];
}

export function registerShow(program: Command, runner: Runner): void {
  const command = program
    .command('show')
    .description('print one standard: header, version history, task table, attitudes and notes')
    .argument('<ref>', 'IIS3512-001v3, IIS3512-001 (latest), a path to a YAML file, or - for stdin')
    .addOption(
      new Option('-s, --section <parts>', `only these parts, comma-separated: ${SHOW_SECTIONS.join(', ')}`).argParser(
        choiceList(SHOW_SECTIONS),
      ),
    )
;
  addOutputOptions(command, { formats: SHOW_FORMAT_NAMES, ascii: true })
    .addHelpText(
      'after',
      `
Examples:
  $ compstd show IIS3512-001v3
  $ compstd show IIS3512-001 --section header,tasks --width 140
  $ compstd show IDC3512-002v2 --format md -o IDC3512-002v2.md
  $ compstd show IIS3512-001v3 --format json | jq '.knowledge[].name'
  $ compstd show IIS3512-001v2            a version known only from the version table
  $ compstd show ./my-standards/ABC1234-001/v1.yaml`,
    )
    .action(async (ref: string, opts: ShowOptions, command: Command) => {
      await runner(async (ctx) => {
        // The formatters load while the standard is found (their files are read meanwhile).
        const formatters = Promise.all([import('../../formatters/standard/index.js'), import('../render.js')]);
        const entry = await ctx.resolve(ref);
        const [{ SHOW_FORMATS }, { render }] = await formatters;
        const sections = opts.section && opts.section.length > 0 ? [...new Set(opts.section)] : SHOW_SECTIONS;
        await render(ctx, SHOW_FORMATS, opts, { entry, sections });
        return 0;
      }, command);
    });
}
