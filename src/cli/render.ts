/**
 * The one render path: every command hands its data and its lazy map of formatters here. This
 * is the only place that decides width, colour, display-width preparation, terminal safety,
 * the CSV encoding, the language, and whether the result goes to standard output or,
 * atomically, to the file of `-o`.
 */
import { resolve } from 'node:path';
import type { Context } from './context.js';
import { columnsOf, outputWidth } from './io.js';
import type { FormatMap, RenderContext } from '../formatters/types.js';
import { canonicalFormat, makeRenderContext } from '../formatters/types.js';
import { UsageError } from '../model/errors.js';
import { msg } from '../model/i18n.js';

export interface OutputOptions {
  format: string;
  /** -o: the file to write, whole or not at all. */
  output?: string;
  width?: number;
  ascii?: boolean;
  /** CSV: --no-bom, --delimiter, --no-formula-guard. */
  bom?: boolean;
  delimiter?: string;
  formulaGuard?: boolean;
}

/** Renders `data` with the chosen format and writes it. */
export async function render<T>(ctx: Context, formats: FormatMap<T>, o: OutputOptions, data: T): Promise<void> {
  const name = canonicalFormat(formats, o.format);
  if (name === undefined) throw new UsageError(msg('cli.unknown-format', { format: o.format, allowed: Object.keys(formats) }));
  // The terminal's helpers load beside the formatter when the format is text (one wait, not two).
  const textHelpers = () =>
    Promise.all([import('../formatters/encode/terminal.js'), import('../formatters/text/width.js'), import('../formatters/text/style.js')] as const);
  const early = name === 'text' ? textHelpers() : undefined;
  const f = await formats[name]!();
  const toFile = o.output !== undefined && o.output !== '-';
  if (f.medium === 'binary' && !toFile) throw new UsageError(msg('cli.binary-needs-output', { format: name }));
  const { stdout, env } = ctx.io;
  // A file is never a terminal: its width is --width, else COLUMNS, else 80.
  const tty = !toFile && stdout.isTTY === true;
  const width = outputWidth(toFile ? { write: () => true } : stdout, env, o.width);
  let input = data;
  let style;
  if (f.medium === 'text') {
    const [{ terminalSafeDeep }, { prepareDisplayWidth, stringsOf }, { makeStyle }] = await (early ?? textHelpers());
    input = terminalSafeDeep(data);
    await prepareDisplayWidth(stringsOf(input));
    style = makeStyle(toFile ? 0 : ctx.color);
  } else {
    style = (await import('../formatters/text/style.js')).PLAIN;
  }
  const rc: RenderContext = makeRenderContext({
    width,
    fit: o.width !== undefined || tty || columnsOf(env) !== undefined,
    style,
    border: o.ascii ? 'ascii' : 'unicode',
    lang: ctx.lang,
    csv: { bom: o.bom ?? true, delimiter: o.delimiter ?? ',', formulaGuard: o.formulaGuard ?? true },
  });
  const out = await f.format(input, rc);
  if (toFile) {
    const { writeFileAtomic } = await import('../load/write.js');
    writeFileAtomic(resolve(ctx.io.cwd, o.output!), out, o.output);
    ctx.warn(ctx.t(msg('cli.wrote', { file: o.output! })));
  } else {
    ctx.out(typeof out === 'string' ? out : '');
  }
}
