/**
 * What `compstd diff` produces: typed changes between two versions of a standard. The JSON output
 * is this shape (README documents it); keep it stable — add optional fields, never rename.
 */

export const CHANGE_KINDS = ['added', 'removed', 'modified', 'renumbered', 'moved'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * `version`: a row of the version table (版本表), by its version; `file`: a standard file as a whole
 * (a pull request that deletes one).
 */
export const ELEMENTS = ['duty', 'task', 'output', 'indicator', 'knowledge', 'skill', 'attitude', 'level', 'link', 'header', 'note', 'version', 'file'] as const;
export type Element = (typeof ELEMENTS)[number];

export const SEVERITIES = ['major', 'minor', 'patch'] as const;
export type ChangeSeverity = (typeof SEVERITIES)[number];

/** The header fields a `header` change can name. */
export type HeaderField = 'name' | 'nameKind' | 'title' | 'categories' | 'occupations' | 'industries' | 'description' | 'level';

/** The fields of a version-table row a `version` change can name. */
export type VersionField = 'name' | 'status' | 'date' | 'note' | 'code';

export interface Change {
  kind: ChangeKind;
  element: Element;
  /**
   * The element's code in the new version (the old one for `removed`). For `level` and `link`
   * changes, the task (or, for a shared row of old numbering, the duty).
   */
  code?: string;
  /** Old and new code when they differ (renumbered, moved, and modified items that were also renumbered). */
  fromCode?: string;
  toCode?: string;
  /** Text (or value) before and after. Levels as printed digits, several joined by 「、」. */
  before?: string;
  after?: string;
  severity: ChangeSeverity;
  /**
   * Which part changed: a header field, `definition` of an attitude, `qualifications`/`other` of
   * the notes, a field of a version-table row.
   */
  field?: HeaderField | VersionField | 'definition' | 'qualifications' | 'other';
  /** `version`: the version the row is about (its code is in `code`). */
  version?: number;
  /**
   * Where the element sits: its duty and task codes in the new version; for an item removed from a
   * task that remains, that task's new code; for a removed task or duty, its old codes.
   */
  duty?: string;
  task?: string;
  /** `moved`: the parent (task or duty) before and after. */
  fromParent?: string;
  toParent?: string;
  /** `link`: the knowledge or skill code linked to or unlinked from the task. */
  target?: string;
  /** added/removed knowledge or skills: the tasks that use the item. */
  tasks?: string[];
}

/** One side of a diff: which version, from where, and whether its content is known. */
export interface DiffSide {
  /** The standard's code, e.g. IIS3512-001v3. */
  code: string;
  name: string;
  version: number;
  /** Where it was read from: a file path, `REV:path`, or the version table that lists it. */
  source: string;
  /** false for a version known only from a version table: its content is not in the catalogue. */
  content: boolean;
  /** From the version table: status, date, note. */
  status?: 'current' | 'historical';
  date?: string | null;
  note?: string;
  /** Read from git: the revision and the path from the repository root (`main`, `standards/X/v2.yaml`). */
  revision?: string;
  path?: string;
  /** The working tree's side of `diff --git`; with `deleted`, the file is no longer there. */
  worktree?: boolean;
  deleted?: boolean;
}

/**
 * `equivalent`: patch-level changes only (courses mapped to the old version still hold);
 * `not-equivalent`: something was added or removed, or a level changed; `unknown`: one side's
 * content is not in the catalogue, so only the version table can be compared.
 */
export type Classification = 'equivalent' | 'not-equivalent' | 'unknown';

export interface StandardDiff {
  from: string;
  to: string;
  classification: Classification;
  /** Changes by severity. */
  summary: Record<ChangeSeverity, number>;
  changes: Change[];
  sides: { from: DiffSide; to: DiffSide };
  /** Titles of the duties and tasks the changes name (new version), by code, for headings. */
  titles: Record<string, string>;
  /** Codes of the sides whose content is not in the catalogue (version-table-only versions). */
  missingContent?: string[];
}

export const SEVERITY_RANK: Readonly<Record<ChangeSeverity, number>> = { major: 3, minor: 2, patch: 1 };

/** Whether a diff has a change at or above a severity (for --fail-on). */
export function hasSeverity(diff: StandardDiff, atLeast: ChangeSeverity): boolean {
  return diff.changes.some((c) => SEVERITY_RANK[c.severity] >= SEVERITY_RANK[atLeast]);
}
