/** Runs the rules over loaded files and turns their reports into located, graded findings. */
import type { Finding, Severity } from '../model/finding.js';
import type { Standard } from '../model/schema.js';
import { RULES } from './registry.js';
import { DEFAULT_LANG } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import type { Settings } from './config.js';
import type { HeadFile, Path, Report, RuleFile, RuleMeta } from './types.js';

export interface LintFile {
  file: string;
  /** The standard, when the file loaded (parsed and passed the schema). */
  standard: Standard | undefined;
  source?: { text: string; bom: boolean };
  /** Where a path of the file is: line and column, 1-based. */
  locate(path: Path, key?: string, offset?: number): { line: number; column: number; endLine?: number; endColumn?: number };
}

type Locator = (file: string, path: Path, key?: string, offset?: number) => { line: number; column: number; endLine?: number; endColumn?: number };

function severityOf(meta: RuleMeta, settings: Settings): Severity | 'off' {
  return settings.get(meta.id) ?? meta.severity;
}

function toFinding(r: Report & { file: string }, id: string, severity: Severity, locateIn: Locator): Finding {
  const where = r.at ?? locateIn(r.file, r.path, r.key, r.offset);
  const text = { message: t(DEFAULT_LANG, r.message), messageId: r.message.id, ...(r.message.params ? { params: r.message.params } : {}) };
  return { ruleId: id, severity, ...text, file: r.file, ...where, path: r.key === undefined ? [...r.path] : [...r.path, r.key] };
}

/**
 * Whether a file is a transcription of a published document: its defects of the publication are
 * then reported as published defects (see RuleMeta.published).
 */
export function isTranscription(s: Pick<Standard, 'source'>): boolean {
  return s.source?.kind === 'transcription';
}

/** The id and severity a rule reports with in a file: its own, or its published variant's. */
function gradeFor(meta: RuleMeta, settings: Settings, transcription: boolean): { id: string; severity: Severity | 'off' } {
  if (transcription && meta.published) return { id: meta.published.id, severity: settings.get(meta.published.id) ?? meta.published.severity };
  return { id: meta.id, severity: severityOf(meta, settings) };
}

/** The rules of one file. */
export function runFileRules(files: readonly LintFile[], settings: Settings): Finding[] {
  const findings: Finding[] = [];
  const valid: RuleFile[] = files.flatMap((f) => (f.standard ? [{ file: f.file, standard: f.standard, source: f.source }] : []));
  const byName = new Map(files.map((f) => [f.file, f]));
  const locateIn: Locator = (file, path, key, offset) => byName.get(file)!.locate(path, key, offset);
  for (const rule of RULES) {
    if (rule.scope !== 'file') continue;
    for (const f of valid) {
      const { id, severity } = gradeFor(rule.meta, settings, isTranscription(f.standard));
      if (severity === 'off') continue;
      for (const r of rule.check(f)) findings.push(toFinding({ ...r, file: f.file }, id, severity, locateIn));
    }
  }
  return findings;
}

/** The rules across files, over the heads of the files that loaded. */
export function runCatalogRules(files: readonly HeadFile[], settings: Settings, locateIn: Locator): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.scope !== 'catalog') continue;
    const heads = new Map(files.map((f) => [f.file, f.standard]));
    for (const r of rule.check(files)) {
      const head = heads.get(r.file);
      const { id, severity } = gradeFor(rule.meta, settings, head !== undefined && isTranscription(head));
      if (severity !== 'off') findings.push(toFinding(r, id, severity, locateIn));
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
