/**
 * The compstd command line: `run(argv, io)` parses, runs one command and returns its exit code.
 * It never calls process.exit; the bin sets process.exitCode. Commands load their heavy parts
 * lazily, so `compstd --help` and `compstd show` don't pay for what they don't use.
 */
import { Command, CommanderError, Option } from 'commander';
import { langOption, setUsageLang, usage } from './options.js';
import { DEFAULT_LANG, parseLang } from '../model/i18n.js';
import { registerList } from './commands/list.js';
import { registerShow } from './commands/show.js';
import { registerValidate } from './commands/validate.js';
import { registerRules } from './commands/rules.js';
import { registerExport } from './commands/export.js';
import { registerSearch } from './commands/search.js';
import { registerDiff } from './commands/diff.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerCoverage } from './commands/coverage.js';
import { registerImpact } from './commands/impact.js';
import { Context, type GlobalOptions } from './context.js';
import { EXIT, reportError } from './errors.js';
import type { CliIO } from './io.js';
import { VERSION } from '../model/version.js';

export { VERSION } from '../model/version.js';

/** What a command's action returns: its exit code. */
export type Action = (ctx: Context) => Promise<number>;

/**
 * Registers a command's action: the closure receives the context built from the global options
 * and records the exit code for run() to return.
 */
export type Runner = (action: Action, command: Command) => Promise<void>;

export function buildProgram(io: CliIO, done: (code: number) => void): Command {
  const program = new Command('compstd');
  const runner: Runner = async (action, command) => {
    const globals = command.optsWithGlobals<GlobalOptions>();
    // --no-color gives `color` a default of true: only a flag actually given counts.
    if (program.getOptionValueSource('color') !== 'cli') delete globals.color;
    if (program.getOptionValueSource('cache') !== 'cli') delete globals.cache;
    const ctx = new Context(io, globals);
    try {
      done(await action(ctx));
    } catch (err) {
      done(reportError(err, io, ctx.debug, ctx.lang));
    }
  };
  program
    .description(
      'Occupational competency standards (iCAP 職能基準) as data: show, list, validate, export, search, compare and diff versioned YAML standards.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .option('--catalog <dir>', 'folder of standards to use instead of the bundled one (also COMPSTD_CATALOG)')
    .option('--no-color', 'no colours (also NO_COLOR=1, or output that is not a terminal)')
    .option('--color', 'colours even when the output is not a terminal (also FORCE_COLOR=1)')
    .option('--no-cache', 'read every file afresh instead of using the cache of parsed files (also COMPSTD_NO_CACHE=1)')
    .option('--debug', 'show stack traces of errors')
    .addOption(new Option('--lang <lang>', 'language of messages: zh-Hant (default) or en (also COMPSTD_LANG)').argParser(langOption))
    .showHelpAfterError(usage('cli.usage.help'))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(usageError(s)),
    })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ compstd show IIS3512-001v3            the whole standard, as in the document
  $ compstd show IIS3512-001 --section tasks
  $ compstd list --all-versions           every known version, history-only ones included
  $ compstd list --occupation 3512 --format json
  $ compstd validate                      check the catalogue: schema and rules
  $ compstd rules                         the rules validate applies
  $ compstd export IIS3512-001v3 -o m.xlsx  the competency matrix for Excel
  $ compstd search 訊號監控                  where a text appears, in every standard
  $ compstd compare IIS3512-001v3 IDC3512-002v2
  $ compstd diff IIS3512-001 v2 v3             what changed between two versions
  $ compstd import IIS3512-001v3.txt -o v3.yaml  a document's text → a standard file

References: IIS3512-001v3 (a version), IIS3512-001 (its latest version), or a path to a YAML file.
Exit codes: 0 ok, 1 findings, 2 usage or input error.`,
  );
  registerShow(program, runner);
  registerList(program, runner);
  registerValidate(program, runner);
  registerRules(program, runner);
  registerExport(program, runner);
  registerSearch(program, runner);
  registerDiff(program, runner);
  registerImport(program, runner);
  registerInit(program, runner);
  registerCoverage(program, runner);
  registerImpact(program, runner);
  return program;
}

/** commander's usage errors, in the language of the run (its own sentences are English). */
const COMMANDER_ERRORS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^error: unknown option '([^']+)'(?:\n\(Did you mean (.+)\?\))?$/, (m) => usage('cli.usage.unknownOption', { option: m[1] }) + (m[2] ? `\n${usage('cli.usage.didYouMean', { suggestion: m[2] })}` : '')],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. ?([\s\S]*)$/, (m) => usage('cli.usage.invalidValue', { option: m[1], value: m[2], reason: m[3] })],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. ?([\s\S]*)$/, (m) => usage('cli.usage.invalidArgument', { value: m[1], name: m[2], reason: m[3] })],
  [/^error: missing required argument '([^']+)'$/, (m) => usage('cli.usage.missingArgument', { name: m[1] })],
  [/^error: option '([^']+)' argument missing$/, (m) => usage('cli.usage.missingValue', { option: m[1] })],
  [/^error: too many arguments(?: for '([^']+)')?[\s\S]*$/, (m) => usage('cli.usage.tooMany', { command: m[1] ?? 'compstd' })],
  [/^error: unknown command '([^']+)'(?:\n\(Did you mean (.+)\?\))?$/, (m) => usage('cli.usage.unknownCommand', { command: m[1] }) + (m[2] ? `\n${usage('cli.usage.didYouMean', { suggestion: m[2] })}` : '')],
  [/^error: option '([^']+)' cannot be used with option '([^']+)'$/, (m) => usage('cli.usage.conflict', { a: m[1], b: m[2] })],
];

function usageError(text: string): string {
  const body = text.replace(/\n$/, '');
  for (const [pattern, say] of COMMANDER_ERRORS) {
    const m = pattern.exec(body);
    if (m) return `${say(m)}\n`;
  }
  return text;
}

/** --lang or COMPSTD_LANG, read before commander parses: its errors and the value parsers speak it. */
function langOfArgv(argv: readonly string[], env: CliIO['env']): ReturnType<typeof parseLang> {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') return parseLang(argv[i + 1]);
    if (argv[i]!.startsWith('--lang=')) return parseLang(argv[i]!.slice('--lang='.length));
  }
  return parseLang(env.COMPSTD_LANG);
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  setUsageLang(langOfArgv(argv, io.env) ?? DEFAULT_LANG);
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other parse error is a usage error.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      if (err.code === 'commander.executeSubCommandAsync') return EXIT.ok;
      return EXIT.usage;
    }
    return reportError(err, io, argv.includes('--debug'));
  }
  return code;
}
