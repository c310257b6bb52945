/**
 * Validation as a whole: inputs → files → load (YAML with positions, schema) → rules → sorted,
 * located findings. No printing: the CLI formats the result.
 */
import { expandInputs } from '../load/discover.js';
import { locate } from '../load/locate.js';
import { displayPath } from '../load/paths.js';
import { loadStandardFile, loadStandardText, type LoadedFile } from '../load/read.js';
import { findConfig, readConfig } from '../load/config-file.js';
import { UsageError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { applyConfig, applyFlag, defaultSettings } from './config.js';
import { runRules, sortFindings, type LintFile } from './engine.js';

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
}

export interface ValidateResult {
  findings: Finding[];
  /** Every file checked, as shown to the user, in order. */
  files: string[];
  /** Their text, for code frames. */
  sources: Map<string, string>;
}

function lintFile(loaded: LoadedFile): LintFile {
  return {
    file: loaded.file,
    standard: loaded.standard,
    source: loaded.text !== undefined ? { text: loaded.text, bom: loaded.bom } : undefined,
    locate: (path, key) => {
      // Parsed for positions only now, when a finding needs one.
      const parsed = loaded.parsed;
      return parsed ? locate(parsed.doc, parsed.lineCounter, path, key) : { line: 1, column: 1 };
    },
  };
}

export async function validate(o: ValidateOptions): Promise<ValidateResult> {
  const settings = defaultSettings();
  const configPath = o.configPath ?? findConfig(o.configDir);
  if (configPath !== undefined) applyConfig(settings, readConfig(configPath, displayPath(configPath, o.cwd)), displayPath(configPath, o.cwd));
  for (const flag of o.ruleFlags) applyFlag(settings, flag);

  const loaded: LoadedFile[] = [];
  const paths = o.inputs.filter((i) => i !== '-');
  if (paths.length < o.inputs.length) {
    if (!o.readStdin) throw new UsageError('Standard input is not available');
    loaded.push(loadStandardText('<stdin>', await o.readStdin()));
  }
  const { files, missing } = await expandInputs(paths, o.cwd);
  if (missing.length > 0) throw new UsageError(`Nothing to validate at ${missing.map((m) => `"${m}"`).join(', ')}: no such file, folder or matching YAML file`);
  for (const path of files) loaded.push(loadStandardFile(path, displayPath(path, o.cwd)));
  if (loaded.length === 0) throw new UsageError('No standard files to validate');

  const findings = [...loaded.flatMap((f) => f.findings), ...runRules(loaded.map(lintFile), settings)];
  const names = loaded.map((f) => f.file);
  const sources = new Map(loaded.flatMap((f) => (f.text !== undefined ? [[f.file, f.text] as const] : [])));
  return { findings: sortFindings(findings, names), files: names, sources };
}
