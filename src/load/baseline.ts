/**
 * The baseline file of `validate --baseline` / `--write-baseline`: JSON, one entry per line so
 * that a review shows each finding added or fixed. Reading checks its shape; writing is whole or
 * not at all. The logic (matching, counting) is rules/baseline.ts.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import type { Params } from '../model/i18n.js';
import { writeFileAtomic } from './write.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** The file, relative to the baseline's folder, with `/`. */
  file: string;
  rule: string;
  /** The path of the value at fault in the document, as a JSON pointer (`/duties/0/tasks/1/code`); '' for the file. */
  path: string;
  /** The message's id (or its text, for a finding without one). */
  message: string;
  /** The message's values, without positions (line, column), which move. */
  params?: Params;
  count: number;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

/** A baseline is a few hundred KB at most; past this it is not one. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

export interface LoadedBaseline {
  baseline: Baseline;
  text: string;
  /** The line of the file each entry is on (1-based), for a stale entry's finding. */
  lines: number[];
}

function invalid(display: string, detail: string): UsageError {
  return new UsageError(msg('findings.baseline.invalid', { file: display, detail }));
}

function isEntry(e: unknown): e is BaselineEntry {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return false;
  const x = e as Record<string, unknown>;
  return (
    typeof x.file === 'string' &&
    typeof x.rule === 'string' &&
    typeof x.path === 'string' &&
    typeof x.message === 'string' &&
    Number.isInteger(x.count) &&
    (x.count as number) > 0 &&
    (x.params === undefined || (typeof x.params === 'object' && x.params !== null && !Array.isArray(x.params)))
  );
}

export function readBaseline(path: string, display: string): LoadedBaseline {
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_BASELINE_BYTES) throw invalid(display, `${bytes.length} bytes`);
    text = bytes.toString('utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(msg('findings.baseline.unreadable', { file: display, detail: err.code === 'ENOENT' ? 'ENOENT' : err.message }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw invalid(display, (e as Error).message);
  }
  const d = data as { version?: unknown; entries?: unknown };
  if (data === null || typeof data !== 'object' || d.version !== BASELINE_VERSION || !Array.isArray(d.entries)) throw invalid(display, `expected { "version": ${BASELINE_VERSION}, "entries": [...] }`);
  const bad = d.entries.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw invalid(display, `entries[${bad}]`);
  // Each entry starts a line of its own as written; a hand-edited file falls back to line 1.
  const starts = text.split('\n').flatMap((l, i) => (/^\s*\{\s*"file"/.test(l) ? [i + 1] : []));
  const entries = d.entries as BaselineEntry[];
  return { baseline: { version: BASELINE_VERSION, entries }, text, lines: entries.map((_, i) => starts[i] ?? 1) };
}

/** The file's text: a header, then one entry per line. */
export function baselineText(b: Baseline): string {
  const entries = b.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": ${b.version},\n  "entries": [${entries.length > 0 ? `\n${entries.join(',\n')}\n  ` : ''}]\n}\n`;
}

export function writeBaseline(path: string, b: Baseline, display: string): void {
  writeFileAtomic(path, baselineText(b), display);
}
