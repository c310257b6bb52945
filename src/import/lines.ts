/**
 * The document as lines, and its tables as rows of cells, in either layout copied out of a PDF:
 * pipe tables (`| a | b |`, with `|---|` separator lines) or tab-separated cells.
 */

export type Layout = 'pipe' | 'tab';

export interface Line {
  /** 1-based line number in the text. */
  no: number;
  /** The line without its line ending (and without a BOM). */
  raw: string;
}

/** A table row: its cells (trimmed) and the lines it spans (a cell may hold a line break). */
export interface TableRow {
  line: number;
  endLine: number;
  cells: string[];
}

/** Splits a text into lines: any line ending, a BOM dropped, form feeds (page breaks) as blank. */
export function toLines(text: string): Line[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((raw, i) => ({ no: i + 1, raw: raw.replace(/\f/g, '') }));
}

export function isBlank(line: Line): boolean {
  return line.raw.trim() === '';
}

/** A pipe-table row starts with `|`. */
export function isPipeRow(raw: string): boolean {
  return raw.trimStart().startsWith('|');
}

/** A markdown table's separator line: `|---|:--:|`. */
export function isSeparator(raw: string): boolean {
  return /^\s*\|?(\s*:?-{1,}:?\s*\|)+\s*:?-*:?\s*$/.test(raw) && raw.includes('-');
}

/** A row of a tab-separated table holds a tab. */
export function isTabRow(raw: string): boolean {
  return raw.includes('\t');
}

export function isTableLine(raw: string): boolean {
  return isPipeRow(raw) || isTabRow(raw);
}

/** The layout of the document: whichever kind of table row it has more of. */
export function detectLayout(lines: readonly Line[]): Layout | undefined {
  let pipe = 0;
  let tab = 0;
  for (const l of lines) {
    if (isPipeRow(l.raw)) pipe++;
    else if (isTabRow(l.raw)) tab++;
  }
  if (pipe === 0 && tab === 0) return undefined;
  return pipe >= tab ? 'pipe' : 'tab';
}

/** `| a | b |` → ['a', 'b'] (an escaped `\|` stays in its cell). */
export function pipeCells(raw: string): string[] {
  let s = raw.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/** `a\tb\t\t` → ['a', 'b', '', ''] ; a cell quoted by a spreadsheet (`"a\nb"`) is unquoted. */
export function tabCells(raw: string): string[] {
  return raw.split('\t').map((c) => {
    const t = c.trim();
    return /^"[^]*"$/.test(t) && t.length >= 2 ? t.slice(1, -1).replace(/""/g, '"').trim() : t;
  });
}

export function cellsOf(raw: string): string[] {
  return isPipeRow(raw) ? pipeCells(raw) : tabCells(raw);
}

/**
 * Reads one table row starting at `lines[i]`, joining the lines of a cell that holds a line
 * break: a pipe row goes on until a line ends with `|`; a tab row until it has `width` cells (when
 * a width is known) or a spreadsheet's quoted cell is closed. Returns the row and the index after it.
 */
export function readRow(lines: readonly Line[], i: number, width?: number): { row: TableRow; next: number } | undefined {
  const first = lines[i]!;
  if (isPipeRow(first.raw)) {
    let text = first.raw.trimEnd();
    let j = i + 1;
    // A row with fewer cells than the table's, followed by plain text, was cut after a cell.
    const open = () => !text.endsWith('|') || (width !== undefined && pipeCells(text).length < width);
    while (j < lines.length && !isBlank(lines[j]!) && !isPipeRow(lines[j]!.raw) && !startsNewSection(lines[j]!.raw) && open()) {
      text += `\n${lines[j]!.raw.trim()}`;
      j++;
    }
    // An unterminated last cell still counts: a copy may drop the closing bar.
    return { row: { line: first.no, endLine: lines[j - 1]!.no, cells: pipeCells(text.replace(/\n/g, ' \n ')).map(normalizeBreaks) }, next: j };
  }
  if (!isTabRow(first.raw)) return undefined;
  let text = first.raw;
  let j = i + 1;
  const open = (t: string) => (t.split('"').length - 1) % 2 === 1 && /(^|\t)"[^\t]*$/.test(t);
  const short = (t: string) => width !== undefined && t.split('\t').length < width;
  while (j < lines.length && !isBlank(lines[j]!) && (open(text) || short(text))) {
    const next = lines[j]!.raw;
    // A following line that is a whole row of its own does not continue this one.
    if (!open(text) && width !== undefined && next.split('\t').length >= width) break;
    if (!open(text) && startsNewSection(next)) break;
    text += `\n${next}`;
    j++;
  }
  return { row: { line: first.no, endLine: lines[j - 1]!.no, cells: tabCells(text).map(normalizeBreaks) }, next: j };
}

function normalizeBreaks(cell: string): string {
  return cell.replace(/\s*\n\s*/g, '\n').trim();
}

/** Headings that end a table, whatever the layout. */
export function startsNewSection(raw: string): boolean {
  const t = raw.replace(/[\s#*●•]/g, '');
  return /^職能內涵\(?（?A=/i.test(t) || /^說明與補充事項/.test(t) || /態度\)?）?$/.test(t) && t.startsWith('職能內涵');
}
