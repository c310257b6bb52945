import type { Finding } from '../../model/finding.js';

export interface Summary {
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a baseline suppressed (validate --baseline). */
  suppressed: number;
}

export function summarize(findings: readonly Finding[], files: readonly string[], suppressed = 0): Summary {
  return {
    files: files.length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
    suppressed,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 「2 errors, 1 warning, 0 infos in 3 of 10 files」 */
export function summaryLine(s: Summary): string {
  const known = s.suppressed > 0 ? ` (${s.suppressed} suppressed by the baseline)` : '';
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${s.filesWithFindings} of ${plural(s.files, 'file')}${known}`;
}

/** What every findings formatter gets. */
export interface FindingsReport {
  findings: readonly Finding[];
  /** Every file checked, in order (those without findings too). */
  files: readonly string[];
  /** The text of each file, for code frames. */
  sources: ReadonlyMap<string, string>;
  /** How many findings a baseline suppressed (validate --baseline); 0 or absent without one. */
  suppressed?: number;
}
