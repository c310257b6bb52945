/**
 * CSV for Excel: RFC 4180 through csv-stringify, UTF-8 with a BOM by default (Excel on
 * Traditional-Chinese Windows reads BOM-less UTF-8 as Big5), and cells that a spreadsheet would
 * run as a formula (starting with = + - @, tab or CR) neutralised by a leading apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell, Table } from '../../matrix/tables.js';

export interface CsvOptions {
  bom: boolean;
  delimiter: string;
  /** Neutralise formula-like cells (default on). */
  formulaGuard: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** `=HYPERLINK("…")` → `'=HYPERLINK("…")`: shown as text, never run. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function tableCsv(table: Table, o: CsvOptions): string {
  const cell = (c: Cell) => (c === null ? '' : typeof c === 'number' ? String(c) : o.formulaGuard ? neutralise(c) : c);
  const body = stringify([table.header.map(cell), ...table.rows.map((r) => r.map(cell))], {
    delimiter: o.delimiter,
    record_delimiter: 'windows',
    quoted_match: /^[\s\S]*[\r\n][\s\S]*$/,
  });
  return (o.bom ? '\uFEFF' : '') + body;
}
