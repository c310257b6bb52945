/**
 * What a reader of a structured document (DOCX, ODT) gives the importer: the body in order, as
 * paragraphs and table rows whose cells are already resolved — a cell spanning several columns is
 * its text followed by empty cells, a cell continuing a vertical merge is empty (as a row under
 * the same duty or task is printed), the paragraphs of a cell are its lines.
 *
 * `itemsText` writes them as the tab-separated layout the text importer reads (document.ts), one
 * line per paragraph or row, so that there is one importer with several readers: the line numbers
 * of its messages count the document's paragraphs and table rows from the start.
 */
export type Item = { kind: 'paragraph'; text: string } | { kind: 'row'; cells: string[] };

/** Characters XML 1.0 and the text importer cannot hold (besides tab, line feed, return). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function flat(text: string): string {
  return text.replace(CONTROL, '').replace(/[\t\r\n]+/g, ' ').trim();
}

/** A cell of the tab layout: on one line; quoted (as a spreadsheet does) when it starts with a quote. */
function cellText(text: string): string {
  const t = flat(text);
  return t.startsWith('"') ? `"${t.replace(/"/g, '""')}"` : t;
}

export function itemsText(items: readonly Item[]): string {
  const lines = items.map((item) => {
    if (item.kind === 'paragraph') return flat(item.text);
    // A row of one cell (a heading row, an attitude) reads as the text it holds.
    if (item.cells.length <= 1) return flat(item.cells[0] ?? '');
    return item.cells.map(cellText).join('\t');
  });
  return `${lines.join('\n')}\n`;
}
