/** What a rule is: metadata (id, default severity, one-line description, docs) and a check. */
import type { Finding, Severity } from '../model/finding.js';
import type { Standard } from '../model/schema.js';
import { msg, type Message } from '../model/i18n.js';

export type Path = ReadonlyArray<string | number>;

export interface RuleMeta {
  /** kebab-case, unique */
  id: string;
  severity: Severity;
  /** One line: what the rule finds, in English (SARIF, `compstd rules --format json`). */
  description: string;
  /** The same by id, for the reader's language: `findings.rule.<id>` (src/model/messages/<lang>/findings.ts). */
  descriptionMessage: Message;
  /** Where the rule is documented, relative to the package: docs/rules/<id>.md */
  docs: string;
  /**
   * A defect a published document can have. In a transcription (`source.kind: transcription`) the
   * rule's findings are reported under this id and severity (published-<id>, never an error): the
   * file keeps what was published. In an authored standard the rule reports as itself.
   */
  published?: { id: string; severity: 'warning' | 'info' };
}

/** The metadata of a rule: description by id, docs at docs/rules/<id>.md. */
export function ruleMeta(id: string, severity: Severity, description: string, published?: 'warning' | 'info'): RuleMeta {
  return {
    id,
    severity,
    description,
    descriptionMessage: msg(`findings.rule.${id}`),
    docs: docsPath(id),
    ...(published ? { published: { id: `published-${id}`, severity: published } } : {}),
  };
}

/** What a rule says about one place: a path in the file, and optionally a key of that map. */
export interface Report {
  path: Path;
  /** By id (src/model/messages/<lang>/findings.ts). */
  message: Message;
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
export type StandardHead = Pick<Standard, 'code' | 'version' | 'name' | 'versions' | 'source'>;

export interface HeadFile {
  file: string;
  standard: StandardHead;
}

export function headOf(s: Standard): StandardHead {
  return { code: s.code, version: s.version, name: s.name, versions: s.versions, ...(s.source ? { source: s.source } : {}) };
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
