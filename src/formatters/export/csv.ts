/** A table of the export as CSV, through the one CSV encoder (BOM, formula guard, CRLF). */
import type { Table } from '../../matrix/tables.js';
import { csvDocument, type CsvEncoding } from '../encode/csv.js';

export function tableCsv(table: Table, o: CsvEncoding): string {
  return csvDocument(table.header, table.rows, o);
}
