// Shared by the end-to-end and golden tests: run the built bin like a user does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = `${ROOT}bin/compstd.js`;
export const FIXTURES = `${ROOT}test/fixtures/`;

/** The end-to-end runs share one cache folder of their own, never the user's. */
export const CACHE_DIR = mkdtempSync(join(tmpdir(), 'compstd-e2e-cache-'));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/compstd.js …args` with a clean, colourless environment unless `env` says more. */
export function compstd(args: readonly string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): RunResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', COMPSTD_CACHE_DIR: CACHE_DIR, ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Markdown document's table rows as markdown-it reads them: each row's cell count, by table. */
export function markdownTableRows(tokens: ReadonlyArray<{ type: string }>): number[][] {
  const tables: number[][] = [];
  let cells = 0;
  for (const t of tokens) {
    if (t.type === 'table_open') tables.push([]);
    if (t.type === 'tr_open') cells = 0;
    if (t.type === 'th_open' || t.type === 'td_open') cells++;
    if (t.type === 'tr_close') tables[tables.length - 1]!.push(cells);
  }
  return tables;
}
