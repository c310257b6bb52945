/** Entry of the bin: runs the CLI on the real process and sets the exit code. */
import { writeSync } from 'node:fs';
import { ioMessage } from '../load/errno.js';
import { DEFAULT_LANG, parseLang } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import { run } from './program.js';

/**
 * Standard input, at most `limit` bytes (by default the size of a standard file): read in chunks
 * through the bounded reader of load/, dropped at the limit with one message.
 */
async function readStdin(limit?: number): Promise<string> {
  const { MAX_STANDARD_BYTES, readStreamBounded } = await import('../load/bounded.js');
  return new TextDecoder().decode(await readStreamBounded(process.stdin, limit ?? MAX_STANDARD_BYTES));
}

/** The language asked for, before the command line is parsed (for a failure of standard output). */
function langOf(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return process.env.COMPSTD_LANG;
  return argv[at]!.startsWith('--lang=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
}

// A closed pipe (`compstd show … | head`) is not an error. Any other failure of standard output
// (a full disk: `> /dev/full`) is one plain line on stderr and exit 2 — no stack trace.
let stdoutFailed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (stdoutFailed) return;
  stdoutFailed = true;
  const lang = parseLang(langOf(process.argv.slice(2))) ?? DEFAULT_LANG;
  try {
    writeSync(2, `compstd: ${t(lang, ioMessage('stdout', err.code ?? 'EIO'))}\n`);
  } catch {
    // stderr is gone too: the exit code still says it
  }
  process.exit(2);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  readStdin,
});
