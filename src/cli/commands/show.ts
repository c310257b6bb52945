/** `compstd show <ref>`: one standard, the way a reader expects it. */
import { Option, type Command } from 'commander';
import { choice, choiceList, positiveInt } from '../options.js';
import type { Runner } from '../program.js';
import { outputWidth } from '../io.js';

import { SECTIONS as SHOW_SECTIONS, type Section } from '../../formatters/standard/sections.js';

/** The keys of SHOW_FORMATS (formatters/standard/index.ts), listed here so help needs no formatter. */
export const SHOW_FORMAT_NAMES = ['text', 'markdown', 'json', 'yaml'] as const;

interface ShowOptions {
  section?: Section[];
  format: (typeof SHOW_FORMAT_NAMES)[number];
  width?: number;
  ascii?: boolean;
}

export function registerShow(program: Command, runner: Runner): void {
  program
    .command('show')
    .description('print one standard: header, version history, task table, attitudes and notes')
    .argument('<ref>', 'IIS3512-001v3, IIS3512-001 (latest), a path to a YAML file, or - for stdin')
    .addOption(
      new Option('-s, --section <parts>', `only these parts, comma-separated: ${SHOW_SECTIONS.join(', ')}`).argParser(
        choiceList(SHOW_SECTIONS),
      ),
    )
    .addOption(
      new Option('-f, --format <format>', `output format: ${SHOW_FORMAT_NAMES.join(', ')}`)
        .argParser(choice(SHOW_FORMAT_NAMES))
        .default('text'),
    )
    .addOption(new Option('-w, --width <columns>', 'fit text to this many columns (default: the terminal)').argParser(positiveInt('--width', 40)))
    .option('--ascii', 'draw borders with + - | (for terminals that draw box characters wide)')
    .addHelpText(
      'after',
      `
Examples:
  $ compstd show IIS3512-001v3
  $ compstd show IIS3512-001 --section header,tasks --width 140
  $ compstd show IDC3512-002v2 --format markdown > IDC3512-002v2.md
  $ compstd show IIS3512-001v3 --format json | jq '.knowledge[].name'
  $ compstd show IIS3512-001v2            a version known only from the version table
  $ compstd show ./my-standards/ABC1234-001/v1.yaml`,
    )
    .action(async (ref: string, opts: ShowOptions, command: Command) => {
      await runner(async (ctx) => {
        const entry = await ctx.resolve(ref);
        const [{ SHOW_FORMATS }, { makeStyle }] = await Promise.all([
          import('../../formatters/standard/index.js'),
          import('../../formatters/text/style.js'),
        ]);
        const format = await SHOW_FORMATS[opts.format]();
        if (opts.format === 'text') {
          const { prepareDisplayWidth, stringsOf } = await import('../../formatters/text/width.js');
          await prepareDisplayWidth(stringsOf(entry));
        }
        const text = format(entry, {
          sections: opts.section && opts.section.length > 0 ? [...new Set(opts.section)] : SHOW_SECTIONS,
          width: outputWidth(ctx.io.stdout, ctx.io.env, opts.width),
          border: opts.ascii ? 'ascii' : 'unicode',
          style: makeStyle(opts.format === 'text' ? ctx.color : 0),
        });
        ctx.out(text);
        return 0;
      }, command);
    });
}
