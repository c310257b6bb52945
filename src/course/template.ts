/**
 * The course template (units × codes to fill in) and reading it back: the same grid for XLSX and
 * CSV. Rows: the standard, the course's title, provider and hours, an empty row, the header (unit
 * id, title, hours, level, then every task, K, S and A code), the codes' names, and rows for the
 * units. Any mark in a code's column (●, x, v, 1, ✓) means the unit covers it. Pure.
 */
import { COVER_KINDS, type CourseMapping, type CourseUnit, type CoverKind } from '../model/course.js';
import type { Message } from '../model/i18n.js';
import { msg } from '../model/i18n.js';
import type { Standard } from '../model/schema.js';
import { standardItems, type StandardItem } from './codes.js';

/** Rows for units in a fresh template. */
export const TEMPLATE_UNITS = 12;
export const HEADER_ROW = 5;
export const FIXED_COLUMNS = 4;

export interface TemplateGrid {
  rows: string[][];
  /** The code columns, from FIXED_COLUMNS on. */
  items: StandardItem[];
}

/** The template of a standard; `tr` gives the labels in the reader's language. */
export function templateGrid(standard: Standard, tr: (id: string) => string, mapping?: CourseMapping): TemplateGrid {
  const all = standardItems(standard);
  const items = COVER_KINDS.flatMap((k) => all[k]);
  const units: CourseUnit[] = mapping?.units ?? Array.from({ length: TEMPLATE_UNITS }, (_, i) => ({ id: `U${i + 1}`, title: '' }));
  const rows: string[][] = [
    [tr('course.template.standard'), standard.code, standard.name],
    [tr('course.template.title'), mapping?.course.title ?? ''],
    [tr('course.template.provider'), mapping?.course.provider ?? ''],
    [tr('course.template.hours'), mapping?.course.hours !== undefined ? String(mapping.course.hours) : ''],
    [tr('course.template.help')],
    [tr('course.template.unit'), tr('course.template.unit-title'), tr('course.template.unit-hours'), tr('course.template.unit-level'), ...items.map((i) => i.code)],
    ['', '', '', '', ...items.map((i) => i.name)],
    ...units.map((u) => [
      u.id,
      u.title,
      u.hours !== undefined ? String(u.hours) : '',
      u.level !== undefined ? String(u.level) : '',
      ...items.map((i) => ((u[i.kind] ?? []).includes(i.code) ? '●' : '')),
    ]),
  ];
  return { rows, items };
}

const KIND_BY_PREFIX: Record<string, CoverKind> = { T: 'tasks', K: 'knowledge', S: 'skills', A: 'attitudes' };
const NO = new Set(['', '0', '-', '—', '否', 'no', 'n', 'false']);
/** A cell as the CSV writer guarded it: `'=…` → `=…`. */
const unguard = (s: string) => (/^'[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(s) ? s.slice(1) : s).trim();

export interface ReadTemplate {
  mapping: CourseMapping;
  /** What was odd: a row without a title, a bad number — with its row (1-based). */
  notes: Message[];
}

function number(cell: string, row: number, what: string, notes: Message[]): number | undefined {
  if (cell === '') return undefined;
  const n = Number(cell.replace(/[^0-9.]/g, ''));
  if (!Number.isFinite(n) || cell.replace(/[0-9.\s]|小時|h(ours?)?/gi, '') !== '') {
    notes.push(msg('course.template.bad-number', { row, what, value: cell }));
    return undefined;
  }
  return n;
}

/** A filled-in template back into a mapping; undefined when the rows are not a course template. */
export function mappingFromGrid(input: readonly (readonly string[])[]): ReadTemplate | undefined {
  const rows = input.map((r) => r.map((c) => unguard(String(c ?? ''))));
  const standard = rows[0]?.[1] ?? '';
  if (!/^[A-Z]{3}[0-9]{4}-[0-9]{3}v[0-9]+$/i.test(standard)) return undefined;
  const headerAt = rows.findIndex((r, i) => i >= 1 && r.slice(FIXED_COLUMNS).some((c) => /^[TKSA][0-9]/.test(c)));
  if (headerAt < 0) return undefined;
  const header = rows[headerAt]!;
  const columns = header.map((c, i) => ({ i, code: c, kind: KIND_BY_PREFIX[c.charAt(0)] })).filter((c) => c.i >= FIXED_COLUMNS && c.kind !== undefined && c.code !== '');
  const notes: Message[] = [];
  const units: CourseUnit[] = [];
  // The names row under the header has no unit id.
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const [id = '', title = '', hours = '', level = ''] = row;
    const marked = columns.filter((c) => !NO.has((row[c.i] ?? '').toLowerCase()));
    if (title === '' && marked.length === 0) continue;
    if (id === '' && title === '' ) continue;
    if (title === '') notes.push(msg('course.template.no-title', { row: r + 1, id }));
    const unit: CourseUnit = { id: id !== '' ? id : `U${units.length + 1}`, title };
    const h = number(hours, r + 1, 'hours', notes);
    if (h !== undefined) unit.hours = h;
    const l = number(level, r + 1, 'level', notes);
    if (l !== undefined) {
      if (Number.isInteger(l) && l >= 1 && l <= 6) unit.level = l;
      else notes.push(msg('course.template.bad-number', { row: r + 1, what: 'level', value: level }));
    }
    for (const kind of COVER_KINDS) {
      const codes = marked.filter((c) => c.kind === kind).map((c) => c.code);
      if (codes.length > 0) unit[kind] = codes;
    }
    units.push(unit);
  }
  const courseHours = number(rows[3]?.[1] ?? '', 4, 'hours', notes);
  return {
    mapping: {
      course: { title: rows[1]?.[1] ?? '', provider: rows[2]?.[1] ?? '', ...(courseHours !== undefined ? { hours: courseHours } : {}) },
      standard: standard.replace(/V(?=[0-9]+$)/, 'v').toUpperCase().replace(/V(?=[0-9]+$)/, 'v'),
      units,
    },
    notes,
  };
}
