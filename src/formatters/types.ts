/**
 * What a formatter is, for every command: a pure function from the command's data to text or
 * bytes, with the medium it writes. Commands declare a lazy map of them (`FormatMap`), keyed by
 * the `--format` name; the one render path (src/cli/render.ts) picks the entry, prepares what
 * the medium needs (display widths, terminal-safe text, the CSV encoding), calls it, and writes
 * the result to standard output or, atomically, to `-o`.
 */
import { DEFAULT_LANG, type Lang, type Message } from '../model/i18n.js';
import { t, tr } from '../model/messages/index.js';
import { DEFAULT_CSV, type CsvEncoding } from './encode/csv.js';
import { PLAIN, type Style } from './text/style.js';
import type { Border } from './text/table.js';

/**
 * text: for a terminal (width, colour, control characters shown escaped); markdown, csv, json,
 * yaml, xml: documents for other programs; binary: bytes (XLSX, DOCX), only with -o.
 */
export type Medium = 'text' | 'markdown' | 'csv' | 'json' | 'yaml' | 'xml' | 'binary';

/** What the render path tells every formatter. */
export interface RenderContext {
  /** Display columns a line of text may take. */
  width: number;
  /**
   * Tables fit `width` (a terminal, or a width the user gave). Otherwise the output goes to a
   * pipe or a file: a table puts each record on one line, whatever its length, so that grep
   * finds whole records.
   */
  fit: boolean;
  style: Style;
  border: Border;
  lang: Lang;
  /** A message in `lang`. */
  t: (m: Message) => string;
  /** A message id in `lang`. */
  tr: (id: string, params?: Message['params']) => string;
  csv: CsvEncoding;
}

/** What a formatter gives: text, or bytes; a binary format may take its time (a zip). */
export type Rendered = string | Uint8Array;

export interface Formatter<T> {
  readonly medium: Medium;
  format(data: T, rc: RenderContext): Rendered | Promise<Rendered>;
}

/** A command's formats: each entry loads its module on demand. */
export type FormatMap<T> = Readonly<Record<string, () => Promise<Formatter<T>>>>;

/** Other names users type for a format. */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = { md: 'markdown', table: 'text', stylish: 'text', yml: 'yaml' };

/** The format a name means in `map`, or undefined. */
export function canonicalFormat(map: FormatMap<never> | readonly string[], name: string): string | undefined {
  const names = Array.isArray(map) ? (map as readonly string[]) : Object.keys(map);
  const n = name.trim().toLowerCase();
  if (names.includes(n)) return n;
  const alias = FORMAT_ALIASES[n];
  return alias !== undefined && names.includes(alias) ? alias : undefined;
}

/** A formatter of a medium from a function. */
export function formatter<T>(medium: Medium, format: (data: T, rc: RenderContext) => Rendered | Promise<Rendered>): Formatter<T> {
  return { medium, format };
}

/** A render context with defaults for what is not given: 80 columns, fitted, plain, Chinese. */
export function makeRenderContext(o: Partial<Omit<RenderContext, 't' | 'tr'>> = {}): RenderContext {
  const lang = o.lang ?? DEFAULT_LANG;
  return {
    width: o.width ?? 80,
    fit: o.fit ?? true,
    style: o.style ?? PLAIN,
    border: o.border ?? 'unicode',
    lang,
    csv: o.csv ?? DEFAULT_CSV,
    t: (m) => t(lang, m),
    tr: (id, params) => tr(lang, id, params),
  };
}
