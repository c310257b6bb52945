/**
 * The one CSV encoder: RFC 4180 through csv-stringify, CRLF records, UTF-8 with a BOM by default
 * (Excel on Traditional-Chinese Windows reads BOM-less UTF-8 as Big5), and every cell a
 * spreadsheet would run as a formula neutralised by a leading apostrophe. Every CSV compstd
 * writes goes through `csvDocument`.
 */
import { stringify } from 'csv-stringify/sync';

export interface CsvEncoding {
  bom: boolean;
  delimiter: string;
  /** Neutralise formula-like cells (default on). */
  formulaGuard: boolean;
}

export const DEFAULT_CSV: CsvEncoding = { bom: true, delimiter: ',', formulaGuard: true };

/**
 * What starts a formula in Excel, LibreOffice or Google Sheets: = + - @, a tab or a line break
 * before them, and their full-width forms (LibreOffice and Excel in CJK locales take ＝ for =).
 * White space before the sign does not make it safe.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** `=HYPERLINK("…")` → `'=HYPERLINK("…")`: shown as text, never run. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A delimiter that keeps the CSV parseable: one character, not a quote or a line break. */
export function delimiterProblem(delimiter: string): string | undefined {
  if ([...delimiter].length !== 1) return 'one-character';
  if (delimiter === '"' || delimiter === '\r' || delimiter === '\n' || delimiter === "'") return 'reserved';
  return undefined;
}

export type CsvCell = string | number | null | undefined;

export function csvDocument(header: readonly string[] | undefined, rows: ReadonlyArray<readonly CsvCell[]>, enc: CsvEncoding = DEFAULT_CSV): string {
  const cell = (c: CsvCell) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : enc.formulaGuard ? neutralise(c) : c);
  const records = header ? [header.map(cell), ...rows.map((r) => r.map(cell))] : rows.map((r) => r.map(cell));
  const body = stringify(records, {
    delimiter: enc.delimiter,
    record_delimiter: 'windows',
    // Any cell with a CR or LF is quoted, a bare CR included: it never starts a row.
    quoted_match: /[\r\n]/,
  });
  return (enc.bom ? '\uFEFF' : '') + body;
}
