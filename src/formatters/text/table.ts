/**
 * A table renderer measured in display columns: cells are wrapped with `wrap` (CJK-aware, with
 * kinsoku) and padded with string-width, so every line of a table has the same display width.
 * Written here rather than on cli-table3, which measures with string-width 4, truncates cells by
 * default and wraps without the line-breaking rules Chinese text needs.
 */
import { displayWidth, hang, longestWord, padEnd, padStart, wrap } from './width.js';
import type { Style } from './style.js';

export type Border = 'unicode' | 'ascii';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Never narrower than this (display columns); defaults to the header's width, at most 12. */
  min?: number;
}

export interface TableOptions {
  columns: readonly Column[];
  rows: ReadonlyArray<readonly string[]>;
  border: Border;
  /** The whole table, borders included, fits in this many columns where the minimums allow. */
  maxWidth: number;
  style: Style;
  /** A rule between body rows (for rows of several lines). */
  rowRules?: boolean;
  /**
   * true (default): the table fits maxWidth — a grid where the columns fit, else one block of
   * `label value` lines per record. false (output to a pipe or a file): one line per record,
   * whatever its length, so that grep finds whole records.
   */
  fit?: boolean;
  /** With fit: a grid whose rows would be taller than this many lines is shown as records. */
  maxRowHeight?: number;
}

const CHARS = {
  unicode: { h: '─', v: '│', tl: '┌', tm: '┬', tr: '┐', ml: '├', mm: '┼', mr: '┤', bl: '└', bm: '┴', br: '┘', hh: '═', hl: '╞', hm: '╪', hr: '╡' },
  ascii: { h: '-', v: '|', tl: '+', tm: '+', tr: '+', ml: '+', mm: '+', mr: '+', bl: '+', bm: '+', br: '+', hh: '=', hl: '+', hm: '+', hr: '+' },
} as const;

/** Widest line of a cell. */
function natural(cell: string): number {
  return Math.max(0, ...cell.split('\n').map(displayWidth));
}

/** Column widths (content only) that fit maxWidth, shrinking the widest columns first. */
export function fitColumns(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, maxWidth: number): number[] {
  const widths = columns.map((col, i) => Math.max(natural(col.header), ...rows.map((r) => natural(r[i] ?? ''))));
  // A column keeps its codes whole (IIS3512-001v3, P1.1.1) where it can: up to 16 columns.
  const words = columns.map((_, i) => Math.min(16, Math.max(0, ...rows.map((r) => longestWord(r[i] ?? '')))));
  const mins = columns.map((col, i) =>
    Math.min(widths[i]!, Math.max(words[i]!, col.min ?? Math.min(12, Math.max(2, natural(col.header))))),
  );
  const overhead = 3 * columns.length + 1; // "│ " before each cell, " " after, and the last "│"
  // A column's claim on the width grows with how much text it holds (its square root, so a
  // column of long indicators gets more room than a column of short codes, but not all of it).
  const weights = columns.map((_, i) =>
    Math.sqrt(Math.max(1, rows.reduce((n, r) => n + (r[i] ?? '').split('\n').reduce((m, line) => m + displayWidth(line), 0), 0))),
  );
  let excess = widths.reduce((a, b) => a + b, 0) + overhead - maxWidth;
  while (excess > 0) {
    let pick = -1;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i]! <= mins[i]!) continue;
      if (pick < 0 || widths[i]! / weights[i]! > widths[pick]! / weights[pick]!) pick = i;
    }
    if (pick < 0) break; // every column is at its minimum: the table is wider than asked
    widths[pick]!--;
    excess--;
  }
  return widths;
}

/** One line per record: columns padded to their widest cell, two spaces apart, no wrapping. */
export function renderLines(opts: Pick<TableOptions, 'columns' | 'rows' | 'style'>): string {
  const flat = (cell: string) => cell.split('\n').filter((l) => l !== '').join('; ');
  const header = opts.columns.map((c) => c.header);
  const rows = opts.rows.map((r) => opts.columns.map((_, i) => flat(r[i] ?? '')));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : opts.columns[i]!.align === 'right' ? padStart(c, widths[i]!) : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [opts.style.heading(line(header)), ...rows.map(line)].join('\n');
}

/** One block per record, `label  value` lines wrapped to maxWidth, a blank line between blocks. */
export function renderRecords(opts: Pick<TableOptions, 'columns' | 'rows' | 'style' | 'maxWidth'>): string {
  const labelWidth = Math.min(Math.max(...opts.columns.map((c) => displayWidth(c.header))), Math.floor(opts.maxWidth / 3));
  const blocks = opts.rows.map((row) => {
    const lines: string[] = [];
    opts.columns.forEach((col, i) => {
      const value = row[i] ?? '';
      if (value === '') return;
      const label = displayWidth(col.header) > labelWidth ? wrap(col.header, labelWidth)[0]! : col.header;
      const [first, ...rest] = hang(`${padEnd(label, labelWidth)}  `, value, opts.maxWidth);
      lines.push(opts.style.dim(first!.slice(0, label.length)) + first!.slice(label.length), ...rest);
    });
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

export function renderTable(opts: TableOptions): string {
  const { columns, rows, style } = opts;
  if (opts.fit === false) return renderLines(opts);
  const ch = CHARS[opts.border];
  const widths = fitColumns(columns, rows, opts.maxWidth);
  const total = widths.reduce((a, b) => a + b + 3, 1);
  const tooTall = opts.maxRowHeight !== undefined && rows.some((r) => widths.some((w, i) => wrap(r[i] ?? '', w).length > opts.maxRowHeight!));
  if (total > opts.maxWidth || tooTall) return renderRecords(opts);
  const rule = (l: string, m: string, r: string, h: string = ch.h) => l + widths.map((w) => h.repeat(w + 2)).join(m) + r;
  const renderRow = (cells: readonly string[], header: boolean): string[] => {
    const wrapped = widths.map((w, i) => wrap(cells[i] ?? '', w));
    const height = Math.max(1, ...wrapped.map((c) => c.length));
    const lines: string[] = [];
    for (let l = 0; l < height; l++) {
      const parts = widths.map((w, i) => {
        const text = wrapped[i]![l] ?? '';
        const padded = columns[i]!.align === 'right' ? padStart(text, w) : padEnd(text, w);
        return ` ${header ? style.heading(padded) : padded} `;
      });
      lines.push(ch.v + parts.join(ch.v) + ch.v);
    }
    return lines;
  };
  const out = [rule(ch.tl, ch.tm, ch.tr), ...renderRow(columns.map((c) => c.header), true), rule(ch.hl, ch.hm, ch.hr, ch.hh)];
  rows.forEach((row, i) => {
    if (i > 0 && opts.rowRules) out.push(rule(ch.ml, ch.mm, ch.mr));
    out.push(...renderRow(row, false));
  });
  out.push(rule(ch.bl, ch.bm, ch.br));
  return out.join('\n');
}
