// Shared by the hostile-input tests: run the built bin with a time-out (a hanging read must fail
// the test, not hang it) and its peak memory, and list a folder tree.
import { spawnSync, type StdioOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, CACHE_DIR, FIXTURES, ROOT } from './helpers.js';

export const RSS_HOOK = `${FIXTURES}hostile/report-rss.mjs`;
/** Peak memory allowed to a run on hostile input. */
export const MAX_RSS_KB = 200 * 1024;

export interface HostileRun {
  /** null when the run was killed (a hang reached the time-out). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** stderr without the memory line. */
  stderr: string;
  /** Peak memory in KiB, when the process exited normally. */
  maxRssKb: number | undefined;
}

export function sandbox(name = 'hostile'): string {
  return mkdtempSync(join(tmpdir(), `compstd-${name}-`));
}

/** `node bin/compstd.js …args`, killed after 10 s. */
export function runBin(
  args: readonly string[],
  o: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; stdio?: StdioOptions } = {},
): HostileRun {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', COMPSTD_CACHE_DIR: CACHE_DIR, ...o.env };
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, BIN, ...args], {
    cwd: o.cwd ?? ROOT,
    env,
    input: o.input,
    stdio: o.stdio,
    encoding: 'utf8',
    timeout: 10_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return splitRss(r.status, r.signal, r.stdout ?? '', r.stderr ?? '');
}

/** A shell line whose last command runs the bin (for pipes into it): `BIN` stands for the bin. */
export function runShell(line: string, o: { cwd?: string; env?: Record<string, string> } = {}): HostileRun {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', COMPSTD_CACHE_DIR: CACHE_DIR, ...o.env };
  const bin = `'${process.execPath}' --import '${RSS_HOOK}' '${BIN}'`;
  const r = spawnSync('bash', ['-c', line.replaceAll('BIN', bin)], { cwd: o.cwd ?? ROOT, env, encoding: 'utf8', timeout: 10_000, maxBuffer: 64 * 1024 * 1024 });
  return splitRss(r.status, r.signal, r.stdout ?? '', r.stderr ?? '');
}

function splitRss(code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string): HostileRun {
  const m = /\n?maxrss-kb=([0-9]+)\n/.exec(stderr);
  return { code, signal, stdout, stderr: m ? stderr.replace(m[0], '') : stderr, maxRssKb: m ? Number(m[1]) : undefined };
}

/** Every file and folder under `dir`, relative, sorted (links not followed). */
export function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

/** The lines of a message on stderr. */
export function linesOf(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '');
}

/** A real document whose header prints `code` as its 職能基準代碼 and, if given, `title` as its title. */
export function documentWith(code: string, title?: string): string {
  let text = readFileSync(`${FIXTURES}icap/IIS3512-001v3.txt`, 'utf8').replace('職能基準代碼\t\tIIS3512-001v3', `職能基準代碼\t\t${code}`);
  if (title !== undefined) text = text.replace('### 雲端支援服務人員職能基準', `### ${title}`);
  return text;
}
