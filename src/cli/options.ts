/** Parsers for option values shared by commands; bad values are usage errors (exit 2). */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { canonicalFormat, FORMAT_ALIASES } from '../formatters/types.js';
import { DEFAULT_LANG, parseLang, type Lang, type Params } from '../model/i18n.js';
import { tr } from '../model/messages/index.js';

/**
 * The language of usage errors: option values are parsed before the context exists, so run()
 * sets it from --lang or COMPSTD_LANG before parsing.
 */
let usageLang: Lang = DEFAULT_LANG;
export function setUsageLang(lang: Lang): void {
  usageLang = lang;
}

/** A usage message by id, in the language of the run. */
export function usage(id: string, params?: Params): string {
  return tr(usageLang, id, params);
}

/** --lang: zh, zh-TW, zh-Hant → zh-Hant; en, en-US → en. */
export function langOption(value: string): Lang {
  const lang = parseLang(value);
  if (!lang) throw new InvalidArgumentError(usage('cli.usage.allowed', { values: ['zh-Hant', 'en'] }));
  return lang;
}

export function positiveInt(name: string, min = 1): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^[0-9]+$/.test(value.trim()) || !Number.isInteger(n) || n < min) {
      throw new InvalidArgumentError(usage('cli.usage.wholeNumber', { name, min }));
    }
    return n;
  };
}

/** A choice among fixed values, case-insensitive; the error lists them. */
export function choice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    const v = value.trim().toLowerCase();
    const hit = values.find((c) => c === v);
    if (!hit) throw new InvalidArgumentError(usage('cli.usage.allowed', { values }));
    return hit;
  };
}

/** Comma-separated choices, repeatable: `--section header,tasks --section notes`. */
export function choiceList<T extends string>(values: readonly T[]): (value: string, previous: T[] | undefined) => T[] {
  const one = choice(values);
  return (value, previous) => [...(previous ?? []), ...value.split(',').filter((s) => s.trim() !== '').map(one)];
}

/** --format: one of the names, or an alias of one (md = markdown); the error lists them. */
export function formatChoice(names: readonly string[]): (value: string) => string {
  return (value) => {
    const hit = canonicalFormat(names, value);
    if (hit === undefined) {
      const aliases = Object.entries(FORMAT_ALIASES).filter(([, to]) => names.includes(to)).map(([a, to]) => `${a} = ${to}`);
      throw new InvalidArgumentError(usage('cli.usage.allowed', { values: aliases.length > 0 ? [...names, `(${aliases.join(', ')})`] : names }));
    }
    return hit;
  };
}

/** --delimiter: one character that keeps the CSV parseable. */
export function csvDelimiter(value: string): string {
  const v = value === '\\t' || value === 'tab' ? '\t' : value;
  if ([...v].length !== 1) throw new InvalidArgumentError(usage('cli.usage.oneCharacter'));
  if (v === '"' || v === "'" || v === '\r' || v === '\n') throw new InvalidArgumentError(usage('cli.usage.delimiterReserved'));
  return v;
}

export interface OutputOptionSpec {
  formats: readonly string[];
  /** Default: text. */
  default?: string;
  /** --ascii for tables. */
  ascii?: boolean;
  /** --width; true for every command with text output. */
  width?: boolean;
}

/**
 * The output options every command shares, the same names and help everywhere: -f/--format,
 * -o/--output, -w/--width, --ascii, and with csv among the formats --delimiter, --no-bom,
 * --no-formula-guard.
 */
export function addOutputOptions(command: Command, spec: OutputOptionSpec): Command {
  const aliases = Object.entries(FORMAT_ALIASES).filter(([, to]) => spec.formats.includes(to)).map(([a]) => a);
  command.addOption(
    new Option('-f, --format <format>', `output format: ${spec.formats.join(', ')}${aliases.includes('md') ? ' (md = markdown)' : ''}`)
      .argParser(formatChoice(spec.formats))
      .default(spec.default ?? 'text'),
  );
  command.option('-o, --output <file>', 'write to this file, whole or not at all (default: standard output)');
  if (spec.width !== false) command.addOption(new Option('-w, --width <columns>', 'fit text to this many columns (default: the terminal, else COLUMNS, else 80)').argParser(positiveInt('--width', 20)));
  if (spec.ascii) command.option('--ascii', 'draw borders with + - | (for terminals that draw box characters wide)');
  if (spec.formats.includes('csv')) {
    command.addOption(new Option('--delimiter <char>', 'CSV delimiter').argParser(csvDelimiter).default(','));
    command.option('--no-bom', 'CSV without the UTF-8 byte order mark (Excel needs it to read Chinese)');
    command.option('--no-formula-guard', "CSV cells starting with = + - @ are not prefixed with '");
  }
  return command;
}
