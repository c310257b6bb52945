/** One file's share of validation, the same in the main thread and in a worker. */
import { statBeforeRead, type FileCache } from '../load/cache.js';
import { locate } from '../load/locate.js';
import { loadStandardFile, type LoadedFile } from '../load/read.js';
import type { Finding } from '../model/finding.js';
import type { Settings } from './config.js';
import { runFileRules, type LintFile } from './engine.js';
import { headOf, type StandardHead } from './types.js';

export interface FileOutcome {
  file: string;
  /** Load findings and the file rules' findings, located. */
  findings: Finding[];
  /** For the rules across files, when the file loaded. */
  head: StandardHead | undefined;
  /** The text, when there are findings to show code frames for. */
  text: string | undefined;
}

export function lintFile(loaded: LoadedFile): LintFile {
  return {
    file: loaded.file,
    standard: loaded.standard,
    source: loaded.text !== undefined ? { text: loaded.text, bom: loaded.bom } : undefined,
    locate: (path, key, offset) => {
      // Parsed for positions only now, when a finding needs one.
      const parsed = loaded.parsed;
      const inText = offset !== undefined ? { at: offset, source: parsed?.text ?? '' } : undefined;
      return parsed ? locate(parsed.doc, parsed.lineCounter, path, key, inText) : { line: 1, column: 1 };
    },
  };
}

export function outcomeOf(loaded: LoadedFile, settings: Settings): FileOutcome {
  const findings = [...loaded.findings, ...runFileRules([lintFile(loaded)], settings)];
  return {
    file: loaded.file,
    findings,
    // A copy: the parser's strings are slices of the whole text, and a head kept until the end of
    // the run (or of a worker's batch) would keep every file's text alive with it.
    head: loaded.standard ? structuredClone(headOf(loaded.standard)) : undefined,
    text: findings.length > 0 ? loaded.text : undefined,
  };
}

/**
 * Validates one file, or takes its outcome from the cache when the file is unchanged (the
 * cache's salt holds compstd's version, the schema and the rule settings).
 */
export function checkFile(path: string, display: string, settings: Settings, cache?: FileCache<FileOutcome>, lookup = true): FileOutcome {
  const cached = lookup ? cache?.get(path) : undefined;
  if (cached && cached.file === display) return cached;
  const stat = cache ? statBeforeRead(path) : undefined;
  const outcome = outcomeOf(loadStandardFile(path, display), settings);
  if (cache && stat) cache.set(path, stat, outcome);
  return outcome;
}
