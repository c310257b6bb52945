/**
 * Severity of a change and the classification of a whole diff, in the words training systems use
 * (training.gov.au's "equivalent" mapping): the rules are data, read top to bottom, first match
 * wins — README's table is this list.
 */
import type { Change, ChangeKind, ChangeSeverity, Classification, Element } from './types.js';

export interface SeverityRule {
  id: string;
  description: string;
  severity: ChangeSeverity;
  applies(change: { kind: ChangeKind; element: Element; field?: Change['field'] }): boolean;
}

export const SEVERITY_RULES: readonly SeverityRule[] = [
  {
    id: 'level-changed',
    description: 'a task level (職能級別) or the standard level (基準級別) changed',
    severity: 'major',
    applies: (c) => c.element === 'level' || (c.element === 'header' && c.field === 'level'),
  },
  {
    // Which version is in force, or what a version was called: a reader acting on "current" must look again.
    id: 'version-status-name',
    description: 'a version-table row: its status (current/historical), name or code changed, or a row for an old version was added or removed',
    severity: 'minor',
    applies: (c) => c.element === 'version' && (c.field === undefined || c.field === 'status' || c.field === 'name' || c.field === 'code'),
  },
  {
    // Descriptive: what the standard requires is the same.
    id: 'version-date-note',
    description: "a version-table row's date (發展更新日期) or note (更新說明) changed",
    severity: 'patch',
    applies: (c) => c.element === 'version',
  },
  {
    id: 'removed',
    description: 'something was removed: a standard file, a duty, task, output, indicator, K, S, A, a K/S link of a task, a note',
    severity: 'major',
    applies: (c) => c.kind === 'removed',
  },
  {
    id: 'added',
    description: 'something was added',
    severity: 'minor',
    applies: (c) => c.kind === 'added',
  },
  {
    id: 'reworded-renumbered-moved',
    description: 'rewording (modified), renumbering, moving to another duty or task',
    severity: 'patch',
    applies: () => true,
  },
];

export function severityOf(change: { kind: ChangeKind; element: Element; field?: Change['field'] }): ChangeSeverity {
  for (const rule of SEVERITY_RULES) if (rule.applies(change)) return rule.severity;
  return 'patch';
}

/**
 * `equivalent` when only patch-level changes are present; `not-equivalent` otherwise; `unknown`
 * when a side's content is not in the catalogue (whatever is known cannot show equivalence).
 */
export function classify(changes: readonly Change[], contentKnown: boolean): Classification {
  if (!contentKnown) return 'unknown';
  return changes.every((c) => c.severity === 'patch') ? 'equivalent' : 'not-equivalent';
}

export function summarize(changes: readonly Change[]): Record<ChangeSeverity, number> {
  const summary: Record<ChangeSeverity, number> = { major: 0, minor: 0, patch: 0 };
  for (const c of changes) summary[c.severity]++;
  return summary;
}
