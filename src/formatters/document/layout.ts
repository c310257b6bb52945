/**
 * The official document of a standard (the 職能基準 form of iCAP's quality-certification manual,
 * 附件2-2), laid out once for both writers (docx.ts, odt.ts): title, version table, header table,
 * task table, attitudes, 說明與補充事項. Pure data → a small document model of paragraphs and
 * tables with merged cells; the writers only turn it into their XML.
 *
 * The page is A4 landscape: the task table's seven columns need the width (in the published PDFs a
 * task name wraps at about four characters and an indicator at about twenty, which is a 26 cm
 * line), and the whole form is one page style, so the header and version tables share it.
 */
import type { CatalogEntry, HistoryEntry, PublishedEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { label } from '../../model/labels.js';
import type { Standard } from '../../model/schema.js';
import { competencyIndex, resolveRefs, tableBlocks, type ResolvedRef } from '../../model/standard.js';
import { historyPairs, printedDate, printedLevel, printedStatus, titleOf } from '../standard/common.js';

export interface Cell {
  /** The cell's paragraphs. */
  lines: string[];
  rowSpan?: number;
  colSpan?: number;
  /** A label or head cell: bold, shaded. */
  head?: boolean;
  center?: boolean;
}

export interface TableRow {
  /** The cells that start in this row; columns covered by a cell above (rowSpan) are left out. */
  cells: Cell[];
  /** A head row: repeated at the top of every page. */
  header?: boolean;
}

export interface DocTable {
  kind: 'table';
  /** Column widths in millimetres. */
  widths: number[];
  rows: TableRow[];
}

export type ParagraphStyle = 'title' | 'subtitle' | 'heading' | 'label' | 'body' | 'item' | 'notice';

export interface DocParagraph {
  kind: 'paragraph';
  style: ParagraphStyle;
  text: string;
}

export type Block = DocParagraph | DocTable;

export interface DocumentLayout {
  title: string;
  /** The standard's code, for the document's properties. */
  code: string;
  blocks: Block[];
}

/** A4 landscape, in millimetres. */
export const PAGE = { width: 297, height: 210, margin: 15 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const FONT = 'Noto Sans CJK TC';
/** Body text in points; the title is larger. */
export const FONT_SIZE = 10;
export const TITLE_SIZE = 16;
/** The page footer: 第 {page} 頁，共 {pages} 頁 — as printed on the published PDFs. */
export const FOOTER = { before: '第 ', between: ' 頁，共 ', after: ' 頁' } as const;

/** Characters XML 1.0 cannot hold (a standard's text never needs them). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

export function clean(text: string): string {
  return text.replace(CONTROL, '');
}

const p = (style: ParagraphStyle, text: string): DocParagraph => ({ kind: 'paragraph', style, text: clean(text) });
const cell = (text: string | string[], o: Omit<Cell, 'lines'> = {}): Cell => ({ lines: (Array.isArray(text) ? text : [text]).map(clean), ...o });
const headCell = (text: string, o: Omit<Cell, 'lines'> = {}): Cell => cell(text, { head: true, center: true, ...o });

/** Widths that add up to the text width, from relative weights. */
function widths(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / total) * TEXT_WIDTH * 10) / 10);
}

function versionTable(s: Standard): DocTable {
  const head = (['version', 'code', 'name', 'status', 'note', 'date'] as const).map((k) => headCell(label(k)));
  const rows: TableRow[] = [{ cells: head, header: true }];
  for (const v of s.versions) {
    rows.push({ cells: [cell(`V${v.version}`, { center: true }), cell(v.code), cell(v.name), cell(printedStatus(v.status), { center: true }), cell(v.note), cell(printedDate(v.date), { center: true })] });
  }
  return { kind: 'table', widths: widths([18, 42, 60, 28, 79, 40]), rows };
}

function headerTable(s: Standard): DocTable {
  const rows: TableRow[] = [];
  rows.push({ cells: [headCell(label('code'), { colSpan: 2 }), cell(s.code, { colSpan: 3 })] });
  const occupation = s.nameKind === 'occupation' ? s.name : '';
  const category = s.nameKind === 'category' ? s.name : '';
  rows.push({ cells: [cell([label('name'), '(擇一填寫)'], { head: true, center: true, rowSpan: 2 }), headCell(label('nameKindCategory')), cell(category, { colSpan: 3 })] });
  rows.push({ cells: [headCell(label('nameKindOccupation')), cell(occupation, { colSpan: 3 })] });
  const classes = [
    { rows: s.categories, name: label('categories'), code: label('categoryCode') },
    { rows: s.occupations, name: label('occupations'), code: label('occupationCode') },
    { rows: s.industries, name: label('industries'), code: label('industryCode') },
  ];
  const classRows = classes.flatMap((c) => (c.rows.length > 0 ? c.rows : [{ name: '', code: '' }]).map((r) => ({ ...c, row: r })));
  classRows.forEach((c, i) => {
    const cells: Cell[] = [];
    if (i === 0) cells.push(headCell(label('classification'), { rowSpan: classRows.length }));
    cells.push(headCell(c.name), cell(c.row.name), headCell(c.code), cell(c.row.code, { center: true }));
    rows.push({ cells });
  });
  rows.push({ cells: [headCell(label('description'), { colSpan: 2 }), cell(s.description, { colSpan: 3 })] });
  rows.push({ cells: [headCell(label('level'), { colSpan: 2 }), cell(s.level === null ? '' : String(s.level), { colSpan: 3 })] });
  return { kind: 'table', widths: widths([30, 30, 127, 40, 40]), rows };
}

/** 「K01 資訊技術現況與發展趨勢」 with the row's task tags; a code the list does not name is printed alone. */
function refLine(ref: ResolvedRef): string {
  const tags = ref.tasks.map((t) => `【${t}】`).join('、');
  return ref.name === undefined ? `${ref.code}${tags}` : `${ref.code} ${ref.name}${tags}`;
}

/**
 * The task table: a duty's cell spans the rows of all its tasks, a task's (and its outputs') the
 * rows of its levels; old numbering prints the tasks sharing a row in one cell, as `show` does.
 */
function taskTable(s: Standard): DocTable {
  const k = competencyIndex(s.knowledge);
  const sk = competencyIndex(s.skills);
  const head: Cell[] = [
    headCell(label('duty')),
    headCell(label('task')),
    headCell(label('outputs')),
    headCell(label('indicators')),
    headCell(label('taskLevel')),
    headCell(label('knowledge')),
    headCell(label('skills')),
  ];
  const rows: TableRow[] = [{ cells: head, header: true }];
  const blocks = tableBlocks(s);
  for (const duty of s.duties) {
    const mine = blocks.filter((b) => b.duty === duty);
    const dutyCell = cell(`${duty.code} ${duty.title}`);
    if (mine.length === 0) {
      // A duty without tasks: its own row (the importer reads it as such).
      rows.push({ cells: [dutyCell, cell(''), cell(''), cell(''), cell(''), cell(''), cell('')] });
      continue;
    }
    const span = mine.reduce((n, b) => n + Math.max(1, b.rows.length), 0);
    if (span > 1) dutyCell.rowSpan = span;
    mine.forEach((block, bi) => {
      const blockRows = block.rows.length > 0 ? block.rows : [undefined];
      const n = blockRows.length;
      blockRows.forEach((row, i) => {
        const cells: Cell[] = [];
        if (bi === 0 && i === 0) cells.push(dutyCell);
        if (i === 0) {
          cells.push(
            cell(
              block.tasks.map((t) => `${t.code} ${t.title}`),
              n > 1 ? { rowSpan: n } : {},
            ),
            cell(
              block.outputs.map((o) => `${o.code} ${o.text}`),
              n > 1 ? { rowSpan: n } : {},
            ),
          );
        }
        cells.push(
          cell(row ? row.indicators.map((x) => `${x.code} ${x.text}`) : ['']),
          cell(row ? printedLevel(row.level) : '', { center: true }),
          cell(row ? resolveRefs(row.knowledge, k).map(refLine) : ['']),
          cell(row ? resolveRefs(row.skills, sk).map(refLine) : ['']),
        );
        rows.push({ cells });
      });
    });
  }
  return { kind: 'table', widths: widths([26, 30, 32, 70, 14, 48, 47]), rows };
}

function attitudeBlocks(s: Standard): Block[] {
  const out: Block[] = [p('heading', label('attitudes'))];
  if (s.attitudes.length === 0) out.push(p('body', label('none')));
  for (const a of s.attitudes) out.push(p('body', a.definition === undefined ? `${a.code}${a.name}` : `${a.code}${a.name}：${a.definition}`));
  return out;
}

function notesBlocks(s: Standard): Block[] {
  const list = (items: readonly string[]) => (items.length === 0 ? [p('item', label('none'))] : items.map((t) => p('item', t)));
  return [
    p('heading', label('notes')),
    p('label', `${label('qualifications')}：`),
    ...list(s.notes.qualifications),
    p('label', `${label('otherNotes')}：`),
    ...list(s.notes.other),
  ];
}

function publishedLayout(e: PublishedEntry): DocumentLayout {
  const s = e.standard;
  return {
    title: titleOf(s),
    code: s.code,
    blocks: [p('title', titleOf(s)), versionTable(s), p('body', ''), headerTable(s), p('body', ''), taskTable(s), p('body', ''), ...attitudeBlocks(s), p('body', ''), ...notesBlocks(s)],
  };
}

/** A version known only from a version table: what `show` prints of it, and nothing invented. */
function historyLayout(e: HistoryEntry): DocumentLayout {
  const title = `${e.row.name}${label('standard')}`;
  const status = [entryCode(e), printedStatus(e.row.status), printedDate(e.row.date)].filter((x) => x !== '').join(' · ');
  const rows: TableRow[] = historyPairs(e).map(([l, v]) => ({ cells: [headCell(l), cell(v)] }));
  return {
    title,
    code: entryCode(e),
    blocks: [p('title', title), p('subtitle', status), p('notice', label('contentNotPublished')), { kind: 'table', widths: widths([60, 207]), rows }],
  };
}

export function documentLayout(entry: CatalogEntry): DocumentLayout {
  return entry.kind === 'published' ? publishedLayout(entry) : historyLayout(entry);
}

/** The columns each cell of a table covers: per row, per column, the cell starting there or a covered mark. */
export type GridSlot = { cell: Cell } | { covered: 'row' | 'column' };

export function tableGrid(t: DocTable): GridSlot[][] {
  const n = t.widths.length;
  const carry = new Array<number>(n).fill(0);
  return t.rows.map((row) => {
    const slots: GridSlot[] = [];
    let col = 0;
    const fillCovered = () => {
      while (col < n && carry[col]! > 0) {
        slots.push({ covered: 'row' });
        carry[col]!--;
        col++;
      }
    };
    for (const c of row.cells) {
      fillCovered();
      if (col >= n) break;
      const span = Math.min(c.colSpan ?? 1, n - col);
      slots.push({ cell: c });
      for (let i = 0; i < span; i++) carry[col + i] = (c.rowSpan ?? 1) - 1;
      for (let i = 1; i < span; i++) slots.push({ covered: 'column' });
      col += span;
    }
    fillCovered();
    while (slots.length < n) slots.push({ cell: cell('') });
    return slots;
  });
}
