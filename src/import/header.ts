/** The version table and the header table (code, name, classification, description, level). */
import { msg } from '../model/i18n.js';
import type { ClassificationRow, VersionRow } from '../model/schema.js';
import type { TableRow } from './lines.js';
import type { Journal } from './repairs.js';
import { isNone, joinCut, labelKey } from './text.js';

/** A standard code as printed, loosely: spaces inside are dropped. */
const STANDARD_CODE = /^[A-Za-z]{3}\s*[0-9]{4}\s*[-－–]\s*[0-9]{3}(?:\s*[vV]\s*[0-9]+)?$/;

export function asStandardCode(cell: string): string | undefined {
  const t = cell.trim();
  return STANDARD_CODE.test(t) ? t.replace(/\s+/g, '').replace(/[－–]/, '-').replace(/V(?=[0-9]+$)/, 'v') : undefined;
}

export function versionOfCode(code: string): number | undefined {
  const m = /v([0-9]+)$/i.exec(code);
  return m ? Number(m[1]) : undefined;
}

const DATE = /^([0-9]{4})\s*[/.\-年]\s*([0-9]{1,2})\s*[/.\-月]\s*([0-9]{1,2})\s*日?$/;
const VERSION_CELL = /^[vV]\s*([0-9]{1,3})$/;

export function isVersionHead(cells: readonly string[]): boolean {
  const keys = cells.map(labelKey);
  return keys.includes('版本') && keys.includes('職能基準代碼') && (keys.includes('狀態') || keys.includes('職能基準名稱'));
}

/**
 * One row of the version table, read by what each cell holds rather than where it is: shifted
 * columns and missing cells are common. Undefined when the row names no version at all.
 */
/** Rows of the version table that print no status: the document decides theirs (see document.ts). */
export const STATUS_NOT_PRINTED = new WeakSet<VersionRow>();

export function versionRow(row: TableRow, journal: Journal): VersionRow | undefined {
  // A line break inside a cell: no space between Chinese characters.
  const cells = row.cells.map((c) => c.split(/\s*\n\s*/).reduce((a, b) => joinCut(a, b)).trim());
  const firstFilled = cells.findIndex((x) => x !== '');
  let version: number | undefined;
  let code: string | undefined;
  let status: VersionRow['status'] | undefined;
  let date: string | null = null;
  let codeAt = -1;
  let statusAt = -1;
  cells.forEach((c, i) => {
    const v = VERSION_CELL.exec(c) ?? (i === firstFilled ? /^([0-9]{1,3})$/.exec(c) : null);
    if (v && version === undefined) version = Number(v[1]);
    else if (code === undefined && asStandardCode(c) !== undefined) {
      code = asStandardCode(c);
      codeAt = i;
    } else if (status === undefined && /最新|現行/.test(c) && c.length <= 8) {
      status = 'current';
      statusAt = i;
    } else if (status === undefined && /歷史|舊版/.test(c) && c.length <= 8) {
      status = 'historical';
      statusAt = i;
    } else if (date === null && DATE.test(c)) {
      const m = DATE.exec(c)!;
      date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    }
  });
  if (version === undefined && code === undefined) {
    if (firstFilled >= 0) journal.warn(row.line, msg('import.warn.versionRowEmpty', { cells: cells.filter((c) => c !== '').join(' | ') }));
    return undefined;
  }
  // A cell holding a whole code is not a name: the 版本 column may print codes (BHR2422-006v4) instead of V4.
  // A status printed twice (the status column doubled) is not the note.
  const taken = (i: number) => i === codeAt || i === statusAt || asStandardCode(cells[i]!) !== undefined || (/最新|現行|歷史|舊版/.test(cells[i]!) && cells[i]!.length <= 8) || DATE.test(cells[i]!) || VERSION_CELL.test(cells[i]!) || (i === firstFilled && /^[0-9]{1,3}$/.test(cells[i]!));
  const freeAt = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(to, cells.length); i++) if (cells[i] !== '' && !taken(i)) return i;
    return -1;
  };
  const nameAt = codeAt >= 0 ? freeAt(codeAt + 1, statusAt >= 0 ? statusAt : cells.length) : -1;
  const name = nameAt >= 0 ? cells[nameAt] : undefined;
  // Without a status cell (「略」 in its place), the note is what follows the name.
  const noteAt = statusAt >= 0 ? freeAt(statusAt + 1, cells.length) : nameAt >= 0 ? freeAt(nameAt + 1, cells.length) : -1;
  const note = noteAt >= 0 ? cells[noteAt] : undefined;
  version ??= code !== undefined ? versionOfCode(code) : undefined;
  if (version === undefined) {
    journal.warn(row.line, msg('import.warn.versionRowNoVersion', { code: code ?? '?' }));
    version = 1;
  }
  if (status === undefined) journal.warn(row.line, msg('import.warn.versionRowNoStatus', { version }));
  const out = journal.at({ version, code: code ?? '', name: name ?? '', status: status ?? 'historical', note: note ?? '', date }, row.line);
  if (status === undefined) STATUS_NOT_PRINTED.add(out);
  return out;
}

/** What the header table holds. */
export interface Header {
  code?: string;
  codeLine?: number;
  name?: string;
  nameKind?: 'occupation' | 'category';
  categories: ClassificationRow[];
  occupations: ClassificationRow[];
  industries: ClassificationRow[];
  description?: string;
  level?: number | null;
  /** The field the last row filled, for text that continues on the next line. */
  last?: 'description' | 'name';
}

const CLASSES = [
  { label: '職類別', codeLabel: '職類別代碼', key: 'categories' },
  { label: '職業別', codeLabel: '職業別代碼', key: 'occupations' },
  { label: '行業別', codeLabel: '行業別代碼', key: 'industries' },
] as const;

const HEADER_LABELS = new Set(
  ['職能基準代碼', '職能基準名稱', '職能基準名稱(擇一填寫)', '職類', '職業', '所屬類別', '工作描述', '基準級別', ...CLASSES.flatMap((c) => [c.label, c.codeLabel])].map(labelKey),
);

export function isHeaderLabel(cell: string): boolean {
  return HEADER_LABELS.has(labelKey(cell));
}

/** The first non-empty cell after `i` that is not a label, or undefined. */
function valueAfter(cells: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < cells.length; j++) {
    const c = cells[j]!;
    if (c === '') continue;
    return isHeaderLabel(c) ? undefined : c;
  }
  return undefined;
}

/** Reads one row of the header table into `h`. Returns false when the row is not a header row. */
export function headerRow(row: TableRow, h: Header, journal: Journal): boolean {
  const cells = row.cells;
  const keys = cells.map(labelKey);
  let used = false;
  const at = (label: string) => keys.indexOf(labelKey(label));

  const codeAt = at('職能基準代碼');
  if (codeAt >= 0) {
    used = true;
    const v = cells.slice(codeAt + 1).find((c) => asStandardCode(c) !== undefined) ?? valueAfter(cells, codeAt);
    if (v !== undefined) {
      h.code = asStandardCode(v) ?? v.replace(/\s+/g, '');
      h.codeLine = row.line;
    }
  }
  for (const [kindLabel, kind] of [['職業', 'occupation'], ['職類', 'category']] as const) {
    const i = at(kindLabel);
    if (i < 0) continue;
    used = true;
    const v = valueAfter(cells, i);
    if (v === undefined || isNone(v)) continue;
    if (h.name === undefined) {
      h.name = journal.text('name', v);
      h.nameKind = kind;
      h.last = 'name';
    } else journal.warn(row.line, msg('import.warn.nameTwice', { first: h.nameKind === 'occupation' ? '職業' : '職類', second: kindLabel }));
  }
  if (at('職能基準名稱') >= 0 || at('職能基準名稱(擇一填寫)') >= 0 || at('所屬類別') >= 0) used = true;
  for (const c of CLASSES) {
    const i = at(c.label);
    if (i < 0) continue;
    used = true;
    const name = valueAfter(cells, i);
    const ci = at(c.codeLabel);
    const code = ci >= 0 ? valueAfter(cells, ci) : undefined;
    if (name === undefined && code === undefined) continue;
    if (code === undefined) journal.warn(row.line, msg('import.warn.classNoCode', { label: c.label, name: name ?? '', codeLabel: c.codeLabel }));
    h[c.key].push({ name: name === undefined ? '' : journal.text(c.key, name), code: (code ?? '-').replace(/\s+/g, '') });
  }
  const d = at('工作描述');
  if (d >= 0) {
    used = true;
    const v = valueAfter(cells, d);
    if (v !== undefined) {
      h.description = v;
      h.last = 'description';
    }
  }
  const l = at('基準級別');
  if (l >= 0) {
    used = true;
    const v = valueAfter(cells, l)?.trim();
    h.level = v !== undefined && /^[0-9]{1,2}$/.test(v) ? Number(v) : null;
    if (v !== undefined && h.level === null) journal.warn(row.line, msg('import.warn.levelNotNumber', { value: v }));
  }
  return used;
}
