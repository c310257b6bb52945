/** The tables an export is made of: matrices, the task table, attitudes — in zh or en labels. */
import type { PublishedEntry } from '../model/entry.js';
import { label, type LabelKey, type Lang } from '../model/labels.js';
import { competencyIndex, resolveRefs, tableBlocks } from '../model/standard.js';
import { buildMatrix, longRecords, type Matrix, type MatrixKind } from './matrix.js';

export type Cell = string | number | null;

export interface Table {
  /** Sheet name (XLSX) or heading (Markdown). */
  title: string;
  header: string[];
  rows: Cell[][];
}

export type Layout = 'wide' | 'long';

/** The mark in a wide matrix where a task needs a competency. */
export const MARK = '●';

const KEYS = {
  standard: 'standardColumn',
  duty: 'duty',
  task: 'task',
  dutyCode: 'dutyCode',
  taskCode: 'taskCode',
  level: 'taskLevel',
  type: 'competencyType',
  code: 'itemCode',
  name: 'itemName',
  definition: 'definition',
  outputs: 'outputs',
  indicators: 'indicators',
  knowledge: 'knowledgeShort',
  skills: 'skillsShort',
  attitudes: 'attitudesShort',
  matrix: 'matrix',
  knowledgeMatrix: 'knowledgeMatrix',
  skillsMatrix: 'skillsMatrix',
  long: 'longTable',
  tasks: 'tasksSheet',
} as const satisfies Record<string, LabelKey>;

export function exportLabel(key: keyof typeof KEYS, lang: Lang): string {
  return label(KEYS[key], lang);
}

const several = (entries: readonly PublishedEntry[]) => entries.length > 1;

function wide(entries: readonly PublishedEntry[], m: Matrix, title: string, lang: Lang): Table {
  const multi = several(entries);
  const header = [
    ...(multi ? [exportLabel('standard', lang)] : []),
    exportLabel('dutyCode', lang),
    exportLabel('duty', lang),
    exportLabel('taskCode', lang),
    exportLabel('task', lang),
    exportLabel('level', lang),
    ...m.columns.map((c) => `${multi ? `${c.standard} ` : ''}${c.code} ${c.name}`),
  ];
  const rows = m.rows.map((r) => [
    ...(multi ? [r.standard] : []),
    r.duty.code,
    r.duty.title,
    r.task.code,
    r.task.title,
    r.level,
    ...m.columns.map((c) => (c.standard === r.standard && r.needs.has(c.code) ? MARK : '')),
  ]);
  return { title, header, rows };
}

function long(m: Matrix, lang: Lang): Table {
  return {
    title: exportLabel('long', lang),
    header: (['standard', 'dutyCode', 'duty', 'taskCode', 'task', 'level', 'type', 'code', 'name'] as const).map((k) => exportLabel(k, lang)),
    rows: longRecords(m).map((r) => [r.standard, r.duty.code, r.duty.title, r.task.code, r.task.title, r.level, r.type, r.code, r.name]),
  };
}

/** The matrix tables: one wide table (or one per kind), or the long table. */
export function matrixTables(entries: readonly PublishedEntry[], kind: MatrixKind, layout: Layout, lang: Lang, split: boolean): Table[] {
  if (layout === 'long') return [long(buildMatrix(entries, kind), lang)];
  if (kind === 'all' && split) {
    return [
      wide(entries, buildMatrix(entries, 'knowledge'), exportLabel('knowledgeMatrix', lang), lang),
      wide(entries, buildMatrix(entries, 'skills'), exportLabel('skillsMatrix', lang), lang),
    ];
  }
  const title = kind === 'knowledge' ? 'knowledgeMatrix' : kind === 'skills' ? 'skillsMatrix' : 'matrix';
  return [wide(entries, buildMatrix(entries, kind), exportLabel(title, lang), lang)];
}

export function attitudeTable(entries: readonly PublishedEntry[], lang: Lang): Table {
  const multi = several(entries);
  return {
    title: exportLabel('attitudes', lang),
    header: [...(multi ? [exportLabel('standard', lang)] : []), exportLabel('code', lang), exportLabel('name', lang), exportLabel('definition', lang)],
    rows: entries.flatMap((e) => e.standard.attitudes.map((a) => [...(multi ? [e.standard.code] : []), a.code, a.name, a.definition ?? ''])),
  };
}

/** The whole task table, as printed: one row per task row, K and S with their names. */
export function taskTable(entries: readonly PublishedEntry[], lang: Lang): Table {
  const multi = several(entries);
  const rows: Cell[][] = [];
  for (const e of entries) {
    const s = e.standard;
    const kIndex = competencyIndex(s.knowledge);
    const sIndex = competencyIndex(s.skills);
    for (const block of tableBlocks(s)) {
      for (const row of block.rows.length > 0 ? block.rows : [undefined]) {
        const names = (refs: ReturnType<typeof resolveRefs>) =>
          refs.map((r) => `${r.code} ${r.name ?? ''}${r.tasks.map((t) => `【${t}】`).join('、')}`).join('\n');
        rows.push([
          ...(multi ? [s.code] : []),
          `${block.duty.code} ${block.duty.title}`,
          block.tasks.map((t) => `${t.code} ${t.title}`).join('\n'),
          block.outputs.map((o) => `${o.code} ${o.text}`).join('\n'),
          row ? row.indicators.map((p) => `${p.code} ${p.text}`).join('\n') : '',
          row ? row.level : null,
          row ? names(resolveRefs(row.knowledge, kIndex)) : '',
          row ? names(resolveRefs(row.skills, sIndex)) : '',
        ]);
      }
    }
  }
  return {
    title: exportLabel('tasks', lang),
    header: [
      ...(multi ? [exportLabel('standard', lang)] : []),
      ...(['duty', 'task', 'outputs', 'indicators', 'level', 'knowledge', 'skills'] as const).map((k) => exportLabel(k, lang)),
    ],
    rows,
  };
}
