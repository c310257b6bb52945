/**
 * Display-width text layout for Traditional Chinese in a terminal. Every measure goes through
 * string-width (a CJK character takes two columns, ANSI escapes none), never `.length`, and text
 * is split into graphemes with Intl.Segmenter, so combining marks and emoji sequences stay whole.
 *
 * The table renderer is written here rather than on cli-table3: cli-table3 is not a dependency
 * of this package, measures with its own bundled string-width, and wraps cells at spaces only
 * (Chinese has none) without the line-breaking rules (禁則) Chinese text needs. Owning the
 * renderer lets every cell go through `wrap` below and every line be padded by display width,
 * which is what guarantees that all lines of a table have the same width.
 */
import stringWidth from 'string-width';
import type { Style } from './style.js';

/** Display width in terminal columns; ANSI escapes count for nothing. */
export function displayWidth(s: string): number {
  return stringWidth(s);
}

let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of a text (what a reader sees as one character). */
export function graphemes(s: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(s), (g) => g.segment);
}

/** Pads with spaces on the right to `width` display columns; wider text is returned as is. */
export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** Pads with spaces on the left to `width` display columns. */
export function padStart(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : ' '.repeat(width - w) + s;
}

/** Centres in `width` display columns (the odd column, if any, goes to the right). */
export function padCenter(s: string, width: number): string {
  const w = displayWidth(s);
  if (w >= width) return s;
  const left = Math.floor((width - w) / 2);
  return ' '.repeat(left) + s + ' '.repeat(width - w - left);
}

/** Cuts plain text to at most `width` display columns, between graphemes. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const g of graphemes(s)) {
    const w = displayWidth(g);
    if (used + w > width) break;
    out += g;
    used += w;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Line breaking

/** Closing punctuation that never starts a line (行首禁則). */
const NO_LINE_START = new Set([...'，。、：；？！）」』》〉】〕］｝〙〗〛…‥・’”．％', ...',.;:?!)]}%']);
/** Opening brackets that never end a line (行尾禁則). */
const NO_LINE_END = new Set([...'（「『《〈【〔［｛〘〖〚‘“', ...'([{']);

type UnitKind = 'space' | 'word' | 'wide' | 'char';

/**
 * What line breaking works on: a run of spaces; a word (narrow graphemes between spaces: Latin
 * words, numbers, codes such as P1.1.1 or IIS3512-001v3); one wide grapheme (a CJK character or
 * full-width punctuation: a line may break before or after any of them); or one grapheme of a
 * word broken hard. `parts` holds the pieces of a glued unit such as `ISO 13485`.
 */
interface Unit {
  text: string;
  width: number;
  kind: UnitKind;
  parts?: Unit[];
}

function unit(text: string, kind: UnitKind): Unit {
  return { text, width: displayWidth(text), kind };
}

function chars(u: Unit): Unit[] {
  return graphemes(u.text).map((g) => unit(g, 'char'));
}

/** A standard's name and number read as one code: ISO 13485, ISO/IEC 27001, CNS 15030. */
const GLUE_HEAD = /^[A-Z][A-Za-z0-9/&+.-]*$/;
const GLUE_TAIL = /^[0-9]/;

function tokenize(paragraph: string): Unit[] {
  const units: Unit[] = [];
  let word = '';
  let space = '';
  const flushWord = () => {
    if (word !== '') units.push(unit(word, 'word'));
    word = '';
  };
  const flushSpace = () => {
    if (space !== '') units.push({ text: space, width: space.length, kind: 'space' });
    space = '';
  };
  for (const g of graphemes(paragraph)) {
    if (g === ' ' || g === '\t') {
      flushWord();
      space += ' ';
      continue;
    }
    flushSpace();
    if (displayWidth(g) >= 2) {
      flushWord();
      units.push(unit(g, 'wide'));
    } else {
      word += g;
    }
  }
  flushWord();
  flushSpace();
  // Glue `ISO` + ` ` + `13485` into one unit, kept whole where it fits.
  const glued: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const a = units[i]!;
    const s = units[i + 1];
    const b = units[i + 2];
    if (a.kind === 'word' && s?.kind === 'space' && s.width === 1 && b?.kind === 'word' && GLUE_HEAD.test(a.text) && GLUE_TAIL.test(b.text)) {
      glued.push({ text: `${a.text} ${b.text}`, width: a.width + 1 + b.width, kind: 'word', parts: [a, s, b] });
      i += 2;
    } else {
      glued.push(a);
    }
  }
  return glued;
}

const widthOf = (units: readonly Unit[]): number => units.reduce((n, u) => n + u.width, 0);

function trimEnd(units: readonly Unit[]): Unit[] {
  let end = units.length;
  while (end > 0 && units[end - 1]!.kind === 'space') end--;
  return units.slice(0, end);
}

const nonSpace = (units: readonly Unit[]): number => units.filter((u) => u.kind !== 'space').length;

const opens = (u: Unit | undefined): boolean => u !== undefined && NO_LINE_END.has(graphemes(u.text).at(-1) ?? '');

function startsNoStart(units: readonly Unit[]): boolean {
  const first = units[0];
  return first !== undefined && first.kind !== 'space' && NO_LINE_START.has(graphemes(first.text)[0] ?? '');
}

function endsNoEnd(units: readonly Unit[]): boolean {
  const t = trimEnd(units);
  return opens(t[t.length - 1]);
}

/** Where the run of opening brackets at the end of `units` starts. */
function openingTail(units: readonly Unit[]): number {
  let cut = units.length;
  while (cut > 0 && opens(units[cut - 1])) cut--;
  return cut;
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const queue = tokenize(paragraph);
  const lines: Unit[][] = [];
  let line: Unit[] = [];
  let first = true; // leading spaces are kept on a paragraph's first line only
  const push = (units: readonly Unit[]) => {
    lines.push(trimEnd(units));
    first = false;
  };
  while (queue.length > 0) {
    const u = queue.shift()!;
    if (u.kind === 'space') {
      if (line.length > 0 || first) line.push(u);
      continue;
    }
    if (widthOf(line) + u.width <= width) {
      line.push(u);
      continue;
    }
    if (u.parts) {
      // `ISO 13485` does not fit here: fall back to its pieces, breakable at the space.
      queue.unshift(...u.parts);
      continue;
    }
    const kept = trimEnd(line);
    if (u.width > width) {
      // A word wider than a whole line: start it on a new line, broken between graphemes; opening
      // brackets before it go down with it (已被《 / 《IIS3512-…).
      let cut = openingTail(kept);
      if (widthOf(kept.slice(cut)) >= width) cut = kept.length;
      if (nonSpace(kept.slice(0, cut)) > 0) {
        push(kept.slice(0, cut));
        line = kept.slice(cut);
      } else {
        line = kept; // nothing but brackets: the word's characters follow them
      }
      queue.unshift(...chars(u));
      continue;
    }
    if (nonSpace(kept) === 0) {
      line = [u];
      continue;
    }
    // Break before `u`. Kinsoku (追い出し): while the next line would start with closing
    // punctuation, or this line would end with an opening bracket, carry the last unit of this
    // line over, as long as that leaves something on this line and fits on the next.
    let next: Unit[] = [u];
    const rest = [...line];
    while (nonSpace(rest) > 1 && (startsNoStart(next) || endsNoEnd(rest))) {
      let cut = rest.length;
      while (cut > 0 && rest[cut - 1]!.kind === 'space') cut--;
      cut--; // the last non-space unit, with the spaces after it
      next = [...rest.splice(cut), ...next];
    }
    if (next.length > 1 && widthOf(next) <= width && !startsNoStart(next) && !endsNoEnd(rest)) {
      push(rest);
      line = next;
      continue;
    }
    // Carrying whole units does not fit. Kinsoku still wins over keeping a code whole:
    const last = kept[kept.length - 1]!;
    if (startsNoStart([u]) && last.kind === 'word' && graphemes(last.text).length > 1) {
      // 《IIS3512-001v3》 at 16 columns: the word's last character goes down with the 》.
      line = [...kept.slice(0, -1), ...chars(last)];
      queue.unshift(u);
      continue;
    }
    if (endsNoEnd(kept) && nonSpace(kept) > 1) {
      // 已被《 + IIS3512-001v3 at 13 columns: the 《 goes down, the code is broken after it.
      const cut = openingTail(kept);
      if (cut > 0 && nonSpace(kept.slice(0, cut)) > 0) {
        push(kept.slice(0, cut));
        line = kept.slice(cut);
        queue.unshift(...(widthOf(line) + u.width > width && u.kind === 'word' ? chars(u) : [u]));
        continue;
      }
    }
    push(kept);
    line = [u];
  }
  if (nonSpace(line) > 0 || lines.length === 0) lines.push(trimEnd(line));
  return lines.map((units) => units.map((x) => x.text).join(''));
}

/**
 * Wraps plain text to lines of at most `width` display columns (for any width of 2 or more):
 * - CJK text breaks between any two characters;
 * - Latin words and codes (P1.1.1, K01, IIS3512-001v3) break at spaces, and `ISO 13485`-like
 *   pairs stay together where they fit; a word wider than the line is broken hard;
 * - closing punctuation (，。、：；？！）」』》〉… and the like) never starts a line and opening
 *   brackets (（「『《〈【) never end one, breaking a code if that is the only way;
 * - newlines in the text are kept as line breaks; spaces at a break are dropped.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  return text.split(/\r?\n/).flatMap((p) => wrapParagraph(p, w));
}

/**
 * Wraps `text` after a `prefix` (an indent, a label, a code, a bullet; it may be styled):
 * continuation lines are indented by the prefix's display width, so the text hangs. When the
 * prefix leaves fewer than 8 columns, the text is wrapped under it at `width` instead.
 */
export function hang(prefix: string, text: string, width: number): string[] {
  const indent = displayWidth(prefix);
  if (width - indent < 8) return [prefix.replace(/\s+$/, ''), ...wrap(text, width)];
  return wrap(text, width - indent).map((l, i) => (i === 0 ? prefix : ' '.repeat(indent)) + l);
}

/** The widest unit `wrap` keeps whole in a text: a Latin word, a code such as IIS3512-001v3. */
export function longestWord(text: string): number {
  let best = 0;
  for (const p of text.split(/\r?\n/)) {
    for (const u of tokenize(p)) {
      const w = u.kind === 'word' ? (u.parts ? Math.max(...u.parts.map((x) => x.width)) : u.width) : u.kind === 'wide' ? u.width : 0;
      if (w > best) best = w;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Tables

export type Border = 'unicode' | 'ascii';

export interface TableColumn {
  header: string;
  /** A fixed content width in display columns (borders and padding not counted). */
  width?: number;
  /** Never narrower than this while the table can fit otherwise. */
  minWidth?: number;
  align?: 'left' | 'right' | 'center';
  /**
   * The cell's lines are items that begin with a code (`P1.1.1 依使用者…`): wrapped text hangs
   * after the code, and the code is drawn with `style.code`.
   */
  codes?: boolean;
}

export interface TableOptions {
  columns: readonly TableColumn[];
  /** Body rows; a cell may hold several lines (\n). Missing cells are empty. */
  rows: ReadonlyArray<readonly string[]>;
  border: Border;
  /** The table's lines, borders included, are at most this wide (see `tableMinWidth`). */
  maxWidth: number;
  style: Style;
  /** A rule between body rows (default true). */
  rowRules?: boolean;
  /**
   * For each body row, how many leading columns continue the cell above (a merged cell, like the
   * document's duty cell spanning its tasks): the rule above the row is not drawn across them.
   */
  merged?: readonly number[];
}

const BORDERS = {
  unicode: { h: '─', v: '│', tl: '┌', tm: '┬', tr: '┐', ml: '├', mm: '┼', mr: '┤', bl: '└', bm: '┴', br: '┘', hh: '═', hl: '╞', hm: '╪', hr: '╡' },
  ascii: { h: '-', v: '|', tl: '+', tm: '+', tr: '+', ml: '+', mm: '+', mr: '+', bl: '+', bm: '+', br: '+', hh: '-', hl: '+', hm: '+', hr: '+' },
} as const;

/** The narrowest a column is ever made: one wide character. */
const ABSOLUTE_MIN = 2;
/** A column keeps codes and words up to this wide unbroken, where the table can afford it. */
const WORD_MIN_CAP = 16;
/** Wrappable text is not made narrower than this while the table can fit otherwise. */
const TEXT_MIN = 6;

/** "│ " before each cell, " " after it, and the last "│". */
const overheadOf = (n: number): number => 3 * n + 1;

function naturalWidth(cell: string): number {
  return Math.max(0, ...cell.split(/\r?\n/).map(displayWidth));
}

interface ColumnMeasure {
  natural: number;
  min: number;
  /** How much text the column holds: its claim on the room there is. */
  weight: number;
}

function measure(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>): ColumnMeasure[] {
  return columns.map((col, i) => {
    const cells = rows.map((r) => r[i] ?? '');
    if (col.width !== undefined) {
      const w = Math.max(ABSOLUTE_MIN, Math.floor(col.width));
      return { natural: w, min: w, weight: 1 };
    }
    const natural = Math.max(ABSOLUTE_MIN, naturalWidth(col.header), ...cells.map(naturalWidth));
    const word = Math.min(WORD_MIN_CAP, Math.max(0, ...cells.map(longestWord)));
    const min = Math.min(natural, Math.max(TEXT_MIN, word, col.minWidth ?? 0));
    const text = cells.reduce((n, c) => n + c.split(/\r?\n/).reduce((m, l) => m + displayWidth(l), 0), 0);
    return { natural, min, weight: Math.sqrt(Math.max(1, text)) };
  });
}

/** The width of the table with every column at its sensible minimum, borders included. */
export function tableMinWidth(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>): number {
  return measure(columns, rows).reduce((n, m) => n + m.min, 0) + overheadOf(columns.length);
}

/**
 * Content widths of the columns so that the table fits `maxWidth`. Each column starts at its
 * natural width (its widest line); while the table is too wide, the column with the most width
 * for the text it holds (width ÷ √text) gives up one column, never below its minimum (its longest
 * code up to 16, 6 for wrappable text, or its own minWidth/width). Should that not be enough,
 * columns go down to 2: the table is wider than `maxWidth` only if even that cannot fit.
 */
export function fitColumnWidths(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, maxWidth: number): number[] {
  const ms = measure(columns, rows);
  const widths = ms.map((m) => m.natural);
  let excess = widths.reduce((a, b) => a + b, 0) + overheadOf(columns.length) - maxWidth;
  for (const floor of [(m: ColumnMeasure) => m.min, () => ABSOLUTE_MIN]) {
    while (excess > 0) {
      let pick = -1;
      for (let i = 0; i < widths.length; i++) {
        const m = ms[i]!;
        if (widths[i]! <= floor(m)) continue;
        if (pick < 0 || widths[i]! / m.weight > widths[pick]! / ms[pick]!.weight) pick = i;
      }
      if (pick < 0) break;
      widths[pick]!--;
      excess--;
    }
  }
  return widths;
}

/** A code at the start of an item: T1, T1.1, P1.1.1, O2.2.1, K01, S20.20, A01. */
const LEADING_CODE = /^([A-Z]{1,3}[0-9]+(?:\.[0-9]+)*)(?= )/;

/** One cell's lines at `width`; items of a `codes` column hang after their code. */
function cellLines(cell: string, width: number, col: TableColumn, style: Style): string[] {
  const out: string[] = [];
  for (const item of cell.split(/\r?\n/)) {
    const m = col.codes ? LEADING_CODE.exec(item) : null;
    if (!m) {
      out.push(...wrap(item, width).map((l) => truncate(l, width)));
      continue;
    }
    const code = m[1]!;
    const text = item.slice(code.length).trimStart();
    if (displayWidth(code) + 1 <= Math.floor(width / 3)) {
      const lines = wrap(text, width - displayWidth(code) - 1);
      out.push(...lines.map((l, i) => (i === 0 ? `${style.code(code)} ` : ' '.repeat(displayWidth(code) + 1)) + l));
    } else {
      const lines = wrap(item, width).map((l) => truncate(l, width));
      out.push(...lines.map((l, i) => (i === 0 && l.startsWith(code) ? style.code(code) + l.slice(code.length) : l)));
    }
  }
  return out;
}

function align(s: string, width: number, how: TableColumn['align']): string {
  return how === 'right' ? padStart(s, width) : how === 'center' ? padCenter(s, width) : padEnd(s, width);
}

/**
 * Renders a table whose every line has the same display width, at most `maxWidth` (as long as
 * `maxWidth` ≥ `tableMinWidth`, and in any case once each column can be 2 wide). Cells are wrapped
 * with `wrap` and padded by display width; the header is drawn with `style.heading`, borders with
 * `style.dim`. The `ascii` border uses only + - | (for terminals that draw box characters wide).
 * Returns the lines joined by \n, without a final newline.
 */
export function renderTable(opts: TableOptions): string {
  const { columns, rows, style } = opts;
  const ch = BORDERS[opts.border];
  const widths = fitColumnWidths(columns, rows, opts.maxWidth);
  const n = columns.length;
  const b = (s: string) => style.dim(s);
  const rule = (l: string, m: string, r: string, h: string) => b(l + widths.map((w) => h.repeat(w + 2)).join(m) + r);
  const renderRow = (cells: readonly string[], header: boolean): string[] => {
    const wrapped = widths.map((w, i) =>
      header ? wrap(cells[i] ?? '', w).map((l) => truncate(l, w)) : cellLines(cells[i] ?? '', w, columns[i]!, style),
    );
    const height = Math.max(1, ...wrapped.map((c) => c.length));
    const lines: string[] = [];
    for (let l = 0; l < height; l++) {
      const parts = widths.map((w, i) => {
        const text = align(wrapped[i]![l] ?? '', w, header ? 'left' : columns[i]!.align);
        return ` ${header ? style.heading(text) : text} `;
      });
      lines.push(b(ch.v) + parts.join(b(ch.v)) + b(ch.v));
    }
    return lines;
  };
  /** The rule above a body row whose first `k` cells continue the cells above. */
  const mergedRule = (k: number): string => {
    let s = k > 0 ? ch.v : ch.ml;
    widths.forEach((w, j) => {
      s += (j < k ? ' ' : ch.h).repeat(w + 2);
      if (j < n - 1) s += j + 1 < k ? ch.v : j + 1 === k ? ch.ml : ch.mm;
    });
    return b(s + ch.mr);
  };
  const out = [rule(ch.tl, ch.tm, ch.tr, ch.h), ...renderRow(columns.map((c) => c.header), true), rule(ch.hl, ch.hm, ch.hr, ch.hh)];
  rows.forEach((row, i) => {
    if (i > 0 && opts.rowRules !== false) out.push(mergedRule(Math.max(0, Math.min(n - 1, Math.floor(opts.merged?.[i] ?? 0)))));
    out.push(...renderRow(row, false));
  });
  out.push(rule(ch.bl, ch.bm, ch.br, ch.h));
  return out.join('\n');
}
