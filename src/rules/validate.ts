/**
 * Validation as a whole: inputs → files → load (YAML, schema) and file rules, on several threads
 * for large inputs → rules across files → sorted, located findings. No printing: the CLI formats.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readBaseline, writeBaseline } from '../load/baseline.js';
import { FileCache } from '../load/cache.js';
import { DEFAULT_LANG, msg } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import { applyBaseline, makeBaseline } from './baseline.js';
import { BASELINE_CHECK } from './registry.js';
import { expandInputs } from '../load/discover.js';
import { locate } from '../load/locate.js';
import { displayPath } from '../load/paths.js';
import { loadStandardFile, loadStandardText } from '../load/read.js';
import { findConfig, readConfig } from '../load/config-file.js';
import { UsageError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { checkFile, outcomeOf, type FileOutcome } from './check-file.js';
import { applyConfig, applyFlag, defaultSettings } from './config.js';
import { runCatalogRules, sortFindings } from './engine.js';
import { checkInWorkers, defaultJobs, workerScript } from './pool.js';
import type { HeadFile } from './types.js';

export interface ValidateOptions {
  /** Files, folders, globs, or `-` for standard input. */
  inputs: readonly string[];
  cwd: string;
  readStdin?: () => Promise<string>;
  /** An explicit config file; else `.compstd.yaml` in configDir, if any. */
  configPath?: string;
  configDir: string;
  /** `--rule id=severity`, applied last. */
  ruleFlags: readonly string[];
  /** Threads to check files on (default: the cores, at most 4); 1 = this thread only. */
  jobs?: number;
  /** Where to cache outcomes of files between runs, with what else they depend on. */
  cache?: { dir: string; salt: string };
  /** A baseline file: the findings it lists are suppressed, its stale entries reported. */
  baseline?: string;
  /** Write the findings (errors and warnings) to this baseline file; they are then all suppressed. */
  writeBaseline?: string;
}

export interface ValidateResult {
  findings: Finding[];
  /** Every file checked, as shown to the user, in order. */
  files: string[];
  /** The text of the files with findings, for code frames. */
  sources: Map<string, string>;
  /** How many findings a baseline suppressed (0 without one). */
  suppressed: number;
  /** Those findings, for a reader who wants them listed. */
  suppressedFindings: Finding[];
  /** The baseline written by `writeBaseline`: its file as shown, entries and findings. */
  baselineWritten?: { file: string; entries: number; findings: number };
}

/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_MIN = 500;

export async function validate(o: ValidateOptions): Promise<ValidateResult> {
  const settings = defaultSettings();
  const configPath = o.configPath ?? findConfig(o.configDir);
  if (configPath !== undefined) applyConfig(settings, readConfig(configPath, displayPath(configPath, o.cwd)), displayPath(configPath, o.cwd));
  for (const flag of o.ruleFlags) applyFlag(settings, flag);

  const outcomes: FileOutcome[] = [];
  const paths = o.inputs.filter((i) => i !== '-');
  if (paths.length < o.inputs.length) {
    if (!o.readStdin) throw new UsageError('Standard input is not available');
    outcomes.push(outcomeOf(loadStandardText('<stdin>', await o.readStdin()), settings));
  }
  const { files, missing } = await expandInputs(paths, o.cwd);
  if (missing.length > 0) throw new UsageError(`Nothing to validate at ${missing.map((m) => `"${m}"`).join(', ')}: no such file, folder or matching YAML file`);
  const named = files.map((path) => ({ path, display: displayPath(path, o.cwd) }));
  // Outcomes depend on the rule settings too: they are part of the cache's salt.
  const cacheSpec = o.cache ? { dir: o.cache.dir, salt: `${o.cache.salt}:${JSON.stringify([...settings].sort())}` } : undefined;
  const cache = cacheSpec ? new FileCache<FileOutcome>(cacheSpec.dir, cacheSpec.salt) : undefined;
  const results: Array<FileOutcome | undefined> = named.map((f) => {
    const hit = cache?.get(f.path);
    return hit && hit.file === f.display ? hit : undefined;
  });
  const misses = named.flatMap((f, i) => (results[i] ? [] : [{ ...f, i }]));
  const jobs = o.jobs ?? defaultJobs();
  const script = jobs > 1 && misses.length >= PARALLEL_MIN ? workerScript() : undefined;
  const here = (f: { path: string; display: string }) => checkFile(f.path, f.display, settings, cache, false);
  if (script) (await checkInWorkers(misses, settings, jobs, script, here, cacheSpec)).forEach((x, k) => (results[misses[k]!.i] = x));
  else for (const f of misses) results[f.i] = here(f);
  outcomes.push(...(results as FileOutcome[]));
  if (outcomes.length === 0) throw new UsageError('No standard files to validate');

  // Rules across files run here, on what each file's check sent back.
  const heads: HeadFile[] = outcomes.flatMap((x) => (x.head ? [{ file: x.file, standard: x.head }] : []));
  const pathOf = new Map(named.map((f) => [f.display, f.path]));
  const sources = new Map(outcomes.flatMap((x) => (x.text !== undefined ? [[x.file, x.text] as const] : [])));
  const catalogFindings = runCatalogRules(heads, settings, (file, path, key) => {
    // Rare: such a finding's file is read again here for its positions.
    const loaded = loadStandardFile(pathOf.get(file) ?? file, file);
    if (loaded.text !== undefined) sources.set(file, loaded.text);
    const parsed = loaded.parsed;
    return parsed ? locate(parsed.doc, parsed.lineCounter, path, key) : { line: 1, column: 1 };
  });
  const names = outcomes.map((x) => x.file);
  const findings = sortFindings([...outcomes.flatMap((x) => x.findings), ...catalogFindings], names);
  return { ...withBaseline(findings, o, sources), files: names, sources };
}

/**
 * The baseline's part: a finding's file is named relative to the baseline's folder, so the
 * baseline works from any working directory.
 */
function withBaseline(findings: Finding[], o: ValidateOptions, sources: Map<string, string>): Pick<ValidateResult, 'findings' | 'suppressed' | 'suppressedFindings' | 'baselineWritten'> {
  const none = { findings, suppressed: 0, suppressedFindings: [] };
  const path = o.writeBaseline ?? o.baseline;
  if (path === undefined) return none;
  const abs = resolve(o.cwd, path);
  const display = displayPath(abs, o.cwd);
  const fileOf = (f: Finding) => {
    if (f.file.startsWith('<')) return f.file;
    const rel = relative(dirname(abs), isAbsolute(f.file) ? f.file : resolve(o.cwd, f.file));
    return rel.split(sep).join('/');
  };
  if (o.writeBaseline !== undefined) {
    const baseline = makeBaseline(findings, fileOf);
    writeBaseline(abs, baseline, display);
    const { kept, suppressed } = applyBaseline(findings, baseline, fileOf);
    return { findings: kept, suppressed: suppressed.length, suppressedFindings: suppressed, baselineWritten: { file: display, entries: baseline.entries.length, findings: suppressed.length } };
  }
  const loaded = readBaseline(abs, display);
  const { kept, suppressed, stale } = applyBaseline(findings, loaded.baseline, fileOf);
  if (stale.length > 0) sources.set(display, loaded.text);
  const staleFindings: Finding[] = stale.map(({ index, entry, found }) => {
    const m = msg('findings.baseline.stale', { rule: entry.rule, file: entry.file, message: entry.message, count: entry.count, found });
    return { ruleId: BASELINE_CHECK.id, severity: BASELINE_CHECK.severity, message: t(DEFAULT_LANG, m), messageId: m.id, params: m.params, file: display, line: loaded.lines[index] ?? 1, column: 1 };
  });
  return { findings: [...kept, ...staleFindings], suppressed: suppressed.length, suppressedFindings: suppressed };
}
