/** Runs the rules over loaded files and turns their reports into located, graded findings. */
import type { Finding } from '../model/finding.js';
import type { Standard } from '../model/schema.js';
import { RULES } from './registry.js';
import type { Settings } from './config.js';
import type { Path, RuleFile } from './types.js';

export interface LintFile {
  file: string;
  /** The standard, when the file loaded (parsed and passed the schema). */
  standard: Standard | undefined;
  source?: { text: string; bom: boolean };
  /** Where a path of the file is: line and column, 1-based. */
  locate(path: Path, key?: string): { line: number; column: number; endLine?: number; endColumn?: number };
}

export function runRules(files: readonly LintFile[], settings: Settings): Finding[] {
  const findings: Finding[] = [];
  const valid: RuleFile[] = files.flatMap((f) => (f.standard ? [{ file: f.file, standard: f.standard, source: f.source }] : []));
  const byName = new Map(files.map((f) => [f.file, f]));
  for (const rule of RULES) {
    const severity = settings.get(rule.meta.id) ?? rule.meta.severity;
    if (severity === 'off') continue;
    const reports = rule.scope === 'file' ? valid.flatMap((f) => rule.check(f).map((r) => ({ ...r, file: f.file }))) : rule.check(valid);
    for (const r of reports) {
      const where = r.at ?? byName.get(r.file)!.locate(r.path, r.key);
      findings.push({ ruleId: rule.meta.id, severity, message: r.message, file: r.file, ...where, path: r.key === undefined ? [...r.path] : [...r.path, r.key] });
    }
  }
  return findings;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** By file (in the order given), then line, column, severity. */
export function sortFindings(findings: readonly Finding[], files: readonly string[]): Finding[] {
  const rank = new Map(files.map((f, i) => [f, i]));
  return [...findings].sort(
    (a, b) =>
      (rank.get(a.file) ?? 1e9) - (rank.get(b.file) ?? 1e9) ||
      a.line - b.line ||
      a.column - b.column ||
      ORDER[a.severity] - ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
