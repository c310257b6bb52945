/** A problem found in a standard file, located at file:line:column (1-based). */
import type { Params } from './i18n.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding extends Location {
  /** Kebab-case id of the check that found it: `yaml-syntax`, `schema`, or a rule id. */
  ruleId: string;
  severity: Severity;
  /** The message in the default language; the output path renders `messageId` in the reader's. */
  message: string;
  /** The message's id in the catalogues (src/model/messages), when it has one, and its values. */
  messageId?: string;
  params?: Params;
  /** Path of the value at fault inside the document, e.g. ['duties', 0, 'tasks', 1, 'code']. */
  path?: Array<string | number>;
}

export function formatLocation(loc: Location): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
