/** The one place where errors become messages and exit codes. */
import { CompstdError } from '../model/errors.js';
import type { CliIO } from './io.js';
import { DEFAULT_LANG, type Lang } from '../model/i18n.js';
import { t } from '../model/messages/index.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function reportError(err: unknown, io: CliIO, debug: boolean, lang: Lang = DEFAULT_LANG): number {
  if (err instanceof CompstdError) {
    io.stderr.write(`compstd: ${err.msg ? t(lang, err.msg) : err.message}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  io.stderr.write(`compstd: internal error: ${e.message}\n`);
  io.stderr.write(debug && e.stack ? `${e.stack}\n` : 'Run again with --debug for details, and report it as a bug.\n');
  return EXIT.usage;
}
