/** A problem found in a standard file, located at file:line:column (1-based). */
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
  message: string;
  /** Path of the value at fault inside the document, e.g. ['duties', 0, 'tasks', 1, 'code']. */
  path?: Array<string | number>;
}

export function formatLocation(loc: Location): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
