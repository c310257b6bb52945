/** What a rule is: metadata (id, default severity, one-line description, docs) and a check. */
import type { Finding, Severity } from '../model/finding.js';
import type { Standard } from '../model/schema.js';
import type { Message } from '../model/i18n.js';

export type Path = ReadonlyArray<string | number>;

export interface RuleMeta {
  /** kebab-case, unique */
  id: string;
  severity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** Where the rule is documented, relative to the package: docs/rules/<id>.md */
  docs: string;
}

/** What a rule says about one place: a path in the file, and optionally a key of that map. */
export interface Report {
  path: Path;
  /** By id (src/model/messages/<lang>/findings.ts); a plain string only until every rule has ids. */
  message: string | Message;
  /** Point at this key of the map at `path` rather than at its value. */
  key?: string;
  /** The character of the string value at `path` the finding is about (a space, a glued code). */
  offset?: number;
  /** A position in the text itself, for what is not in the data (line ends, a BOM). */
  at?: { line: number; column: number };
}

/** One file as the rules see it. */
export interface RuleFile {
  /** As shown to the user. */
  file: string;
  standard: Standard;
  /** The file's text as read (without a BOM) and whether it had one, when known. */
  source?: { text: string; bom: boolean };
}

export interface FileRule {
  meta: RuleMeta;
  scope: 'file';
  check(file: RuleFile): Report[];
}

/** What the rules across files see of each: its identity and version table. */
export type StandardHead = Pick<Standard, 'code' | 'version' | 'name' | 'versions'>;

export interface HeadFile {
  file: string;
  standard: StandardHead;
}

export function headOf(s: Standard): StandardHead {
  return { code: s.code, version: s.version, name: s.name, versions: s.versions };
}

/** A rule across files: it may report in several of them. */
export interface CatalogRule {
  meta: RuleMeta;
  scope: 'catalog';
  check(files: readonly HeadFile[]): Array<Report & { file: string }>;
}

export type Rule = FileRule | CatalogRule;

export type RuleSetting = Severity | 'off';

/** A finding before its location is known. */
export type Located = (report: Report & { file: string }, rule: RuleMeta, severity: Severity) => Finding;

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
