/**
 * Export as an Excel workbook (write-excel-file): a sheet per table, the header row frozen and
 * bold, column widths from the display width of the text (a CJK character is two columns),
 * long cells wrapped. Cells are written as text, never as formulas.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { Sheet } from 'write-excel-file/node';
import type { Cell, Table } from '../../matrix/tables.js';
import { displayWidth } from '../text/width.js';
import { printable } from '../encode/xlsx-print.js';

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name);
  return name;
}

const MAX_WIDTH = 60;

function columnWidth(t: Table, i: number): number {
  const widest = Math.max(...[t.header[i] ?? '', ...t.rows.map((r) => r[i])].map((c) => (c === null || c === undefined ? 0 : Math.max(...String(c).split('\n').map(displayWidth)))));
  return Math.min(MAX_WIDTH, Math.max(4, widest + 2));
}

export async function tablesXlsx(tables: readonly Table[]): Promise<Buffer> {
  const used = new Set<string>();
  const sheets: Array<Sheet<Buffer>> = tables.map((t) => {
    const widths = t.header.map((_, i) => columnWidth(t, i));
    const cell = (c: Cell, i: number) =>
      c === null ? null : typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String, wrap: widths[i]! >= MAX_WIDTH || c.includes('\n') };
    return {
      sheet: sheetName(t.title, used),
      stickyRowsCount: 1,
      columns: widths.map((width) => ({ width })),
      data: [t.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const, wrap: true })), ...t.rows.map((r) => r.map(cell))],
    };
  });
  const book = await writeXlsxFile(sheets).toBuffer();
  // Printed: each sheet one page wide, its header row on every page.
  // A sheet wider than a portrait page (A4: about 90 character columns) is printed landscape.
  return Buffer.from(
    printable(
      book,
      sheets.map((sh, index) => ({ index, name: sh.sheet!, rows: 1, columns: 0, landscape: (sh.columns ?? []).reduce((n, c) => n + (c.width ?? 8), 0) > 90 })),
    ),
  );
}
