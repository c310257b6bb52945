/**
 * The body of a DOCX (`word/document.xml`, WordprocessingML) → paragraphs and table rows. Cells
 * are read from the structure: `w:gridSpan` (a cell over several columns), `w:vMerge` (a cell
 * continuing the one above: empty), `w:gridBefore`/`w:gridAfter` (missing cells), paragraphs and
 * `w:br` inside a cell (its lines). Deleted text of tracked changes, field codes and drawings are
 * not text of the document.
 */
import type { Item } from './items.js';
import { child, isElement, type XmlNode } from './xml.js';

type El = Extract<XmlNode, { name: string }>;

const SKIP = new Set(['w:pPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:del', 'w:delText', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:fldData']);

/** Rows of a nested table or cells of one row are bounded: no real document has more. */
const MAX_SPAN = 64;

function intAttr(el: El | undefined, name = 'w:val'): number | undefined {
  const v = el?.attrs[name];
  if (v === undefined || !/^[0-9]+$/.test(v)) return undefined;
  return Number(v);
}

/** The text of a paragraph, `\n` for a line break. */
function runText(nodes: readonly XmlNode[], out: string[]): void {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (SKIP.has(n.name)) continue;
    switch (n.name) {
      case 'w:t':
        for (const c of n.children) if (!isElement(c)) out.push(c.text);
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      default:
        runText(n.children, out);
    }
  }
}

function paragraphText(p: El): string {
  const out: string[] = [];
  runText(p.children, out);
  return out.join('');
}

/** The lines of a cell: its paragraphs (and a nested table's rows, cells joined by spaces). */
function cellLines(nodes: readonly XmlNode[], out: string[]): void {
  for (const n of nodes) {
    if (!isElement(n) || SKIP.has(n.name)) continue;
    if (n.name === 'w:p') out.push(...paragraphText(n).split('\n'));
    else if (n.name === 'w:tbl') for (const row of tableRows(n)) out.push(row.filter((c) => c !== '').join(' '));
    else cellLines(n.children, out);
  }
}

/** The cells of the rows of a table, merged cells resolved. */
function tableRows(tbl: El): string[][] {
  const rows: string[][] = [];
  const visitRows = (nodes: readonly XmlNode[]) => {
    for (const n of nodes) {
      if (!isElement(n) || SKIP.has(n.name)) continue;
      if (n.name === 'w:tr') rows.push(rowCells(n));
      else if (n.name !== 'w:tbl') visitRows(n.children); // w:sdt, w:customXml around rows
    }
  };
  visitRows(tbl.children);
  return rows;
}

function rowCells(tr: El): string[] {
  const cells: string[] = [];
  const trPr = child(tr, 'w:trPr');
  const pad = (n: number | undefined) => {
    for (let i = 0; i < Math.min(n ?? 0, MAX_SPAN); i++) cells.push('');
  };
  pad(intAttr(trPr && child(trPr, 'w:gridBefore')));
  const visitCells = (nodes: readonly XmlNode[]) => {
    for (const n of nodes) {
      if (!isElement(n) || SKIP.has(n.name)) continue;
      if (n.name !== 'w:tc') {
        visitCells(n.children); // w:sdt, w:customXml around cells
        continue;
      }
      const tcPr = child(n, 'w:tcPr');
      const span = Math.max(1, Math.min(intAttr(tcPr && child(tcPr, 'w:gridSpan')) ?? 1, MAX_SPAN));
      const vMerge = tcPr && child(tcPr, 'w:vMerge');
      const continued = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
      const lines: string[] = [];
      if (!continued) cellLines(n.children, lines);
      cells.push(lines.map((l) => l.trim()).filter((l) => l !== '').join('\n'));
      pad(span - 1);
    }
  };
  visitCells(tr.children);
  pad(intAttr(trPr && child(trPr, 'w:gridAfter')));
  return cells;
}

function bodyItems(nodes: readonly XmlNode[], out: Item[]): void {
  for (const n of nodes) {
    if (!isElement(n) || SKIP.has(n.name)) continue;
    if (n.name === 'w:p') out.push({ kind: 'paragraph', text: paragraphText(n) });
    else if (n.name === 'w:tbl') for (const cells of tableRows(n)) out.push({ kind: 'row', cells });
    else bodyItems(n.children, out); // w:sdt, w:customXml, w:ins around paragraphs
  }
}

/** The items of a DOCX body; undefined when the XML has no `w:body`. */
export function docxItems(tree: readonly XmlNode[]): Item[] | undefined {
  const doc = tree.find((n): n is El => isElement(n) && n.name === 'w:document');
  const body = doc && child(doc, 'w:body');
  if (!body) return undefined;
  const out: Item[] = [];
  bodyItems(body.children, out);
  return out;
}
