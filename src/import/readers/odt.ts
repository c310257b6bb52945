/**
 * The body of an ODT (`content.xml`, ODF) → paragraphs and table rows. Cells are read from the
 * structure: `table:number-columns-spanned` is followed by `table:covered-table-cell`s, and a
 * cell of `table:number-rows-spanned` by covered cells in the rows below (empty, as a row under
 * the same duty or task is printed); header rows (`table:table-header-rows`), row groups and
 * repeated rows/cells are read in order; `text:s`, `text:tab` and `text:line-break` are spaces and
 * line breaks, other runs of white space one space (ODF's rule). Notes, annotations, tracked
 * changes and frames are not text of the body.
 */
import type { Item } from './items.js';
import { isElement, type XmlNode } from './xml.js';

type El = Extract<XmlNode, { name: string }>;

const SKIP = new Set(['text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:sequence-decls', 'office:forms', 'text:soft-page-break', 'draw:frame', 'draw:custom-shape', 'draw:g', 'text:bookmark-ref', 'table:table-columns', 'table:table-column', 'table:table-header-columns', 'table:table-column-group']);

/** Repetition counts are bounded: a writer repeats empty cells and rows, never hundreds of text. */
const MAX_REPEAT = 64;
const SPACE = '\ue000';
const BREAK = '\ue001';

function count(el: El, name: string): number {
  const v = el.attrs[name];
  return v !== undefined && /^[0-9]+$/.test(v) ? Math.max(1, Math.min(Number(v), MAX_REPEAT)) : 1;
}

function inline(nodes: readonly XmlNode[], out: string[]): void {
  for (const n of nodes) {
    if (!isElement(n)) {
      out.push(n.text);
      continue;
    }
    if (SKIP.has(n.name)) continue;
    if (n.name === 'text:s') out.push(SPACE.repeat(count(n, 'text:c')));
    else if (n.name === 'text:tab') out.push(SPACE);
    else if (n.name === 'text:line-break') out.push(BREAK);
    else if (n.name === 'text:ruby-text') continue;
    else inline(n.children, out);
  }
}

function paragraphText(p: El): string {
  const out: string[] = [];
  inline(p.children, out);
  return out
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/^ | $/g, '')
    .replaceAll(SPACE, ' ')
    .replaceAll(BREAK, '\n');
}

/** Paragraphs, headings, lists and sections in order; `onTable` takes the tables. */
function blocks(nodes: readonly XmlNode[], onParagraph: (text: string) => void, onTable: (t: El) => void): void {
  for (const n of nodes) {
    if (!isElement(n) || SKIP.has(n.name)) continue;
    if (n.name === 'text:p' || n.name === 'text:h') onParagraph(paragraphText(n));
    else if (n.name === 'table:table') onTable(n);
    else blocks(n.children, onParagraph, onTable); // text:list, text:list-item, text:section, text:index-body …
  }
}

function cellText(cell: El): string {
  const lines: string[] = [];
  blocks(
    cell.children,
    (t) => lines.push(...t.split('\n')),
    (t) => {
      for (const row of tableRows(t)) lines.push(row.filter((c) => c !== '').join(' '));
    },
  );
  return lines.map((l) => l.trim()).filter((l) => l !== '').join('\n');
}

function tableRows(table: El): string[][] {
  const rows: string[][] = [];
  const visit = (nodes: readonly XmlNode[]) => {
    for (const n of nodes) {
      if (!isElement(n) || SKIP.has(n.name)) continue;
      if (n.name === 'table:table-row') {
        const cells: string[] = [];
        for (const c of n.children) {
          if (!isElement(c)) continue;
          if (c.name === 'table:table-cell' || c.name === 'table:covered-table-cell') {
            const text = c.name === 'table:table-cell' ? cellText(c) : '';
            for (let i = 0; i < count(c, 'table:number-columns-repeated'); i++) cells.push(text);
          }
        }
        for (let i = 0; i < count(n, 'table:number-rows-repeated'); i++) rows.push([...cells]);
      } else if (n.name !== 'table:table') visit(n.children); // header rows, row groups, table:table-rows
    }
  };
  visit(table.children);
  return rows;
}

/** The items of an ODT body; undefined when the XML has no `office:text`. */
export function odtItems(tree: readonly XmlNode[]): Item[] | undefined {
  const doc = tree.find((n): n is El => isElement(n) && n.name === 'office:document-content');
  const body = doc?.children.find((n): n is El => isElement(n) && n.name === 'office:body');
  const text = body?.children.find((n): n is El => isElement(n) && n.name === 'office:text');
  if (!text) return undefined;
  const out: Item[] = [];
  blocks(
    text.children,
    (t) => out.push({ kind: 'paragraph', text: t }),
    (t) => {
      for (const cells of tableRows(t)) out.push({ kind: 'row', cells });
    },
  );
  return out;
}
