/**
 * A standard as a competency matrix: which knowledge and skills each task needs — the table
 * training providers and HR departments build courses and job profiles from. No I/O.
 */
import type { PublishedEntry } from '../model/entry.js';
import type { Standard } from '../model/schema.js';
import { refCode, tableBlocks } from '../model/standard.js';

export type MatrixKind = 'knowledge' | 'skills' | 'all';
export type CompetencyType = 'K' | 'S';

/** One column of a wide matrix: a K or S of one standard. */
export interface MatrixColumn {
  standard: string;
  type: CompetencyType;
  code: string;
  name: string;
}

/** One row: a task at one level (a task split by level gives several rows). */
export interface MatrixRow {
  standard: string;
  duty: { code: string; title: string };
  task: { code: string; title: string };
  level: number | null;
  /** Codes of the K and S this row needs. */
  needs: ReadonlySet<string>;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const typesOf = (kind: MatrixKind): CompetencyType[] => (kind === 'knowledge' ? ['K'] : kind === 'skills' ? ['S'] : ['K', 'S']);

function rowsOf(code: string, s: Standard, types: readonly CompetencyType[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const block of tableBlocks(s)) {
    for (const task of block.tasks) {
      for (const row of block.rows) {
        const needs = new Set<string>();
        const take = (refs: typeof row.knowledge) => {
          for (const ref of refs) {
            // In a shared row (old numbering), an item tagged with tasks (【T1.1】) is needed by those.
            const tags = typeof ref === 'string' ? [] : (ref.tasks ?? []);
            if (!block.shared || tags.length === 0 || tags.includes(task.code)) needs.add(refCode(ref));
          }
        };
        if (types.includes('K')) take(row.knowledge);
        if (types.includes('S')) take(row.skills);
        rows.push({ standard: code, duty: { code: block.duty.code, title: block.duty.title }, task: { code: task.code, title: task.title }, level: row.level, needs });
      }
    }
  }
  return rows;
}

/** The matrix of one or several standards; columns in list order (K before S), per standard. */
export function buildMatrix(entries: readonly PublishedEntry[], kind: MatrixKind): Matrix {
  const types = typesOf(kind);
  const columns: MatrixColumn[] = [];
  const rows: MatrixRow[] = [];
  for (const e of entries) {
    const s = e.standard;
    if (types.includes('K')) columns.push(...s.knowledge.map((k) => ({ standard: s.code, type: 'K' as const, code: k.code, name: k.name })));
    if (types.includes('S')) columns.push(...s.skills.map((k) => ({ standard: s.code, type: 'S' as const, code: k.code, name: k.name })));
    rows.push(...rowsOf(s.code, s, types));
  }
  return { columns, rows };
}

/** The long (tidy) layout: one record per task row × competency it needs. */
export interface LongRecord {
  standard: string;
  duty: { code: string; title: string };
  task: { code: string; title: string };
  level: number | null;
  type: CompetencyType;
  code: string;
  name: string;
}

export function longRecords(m: Matrix): LongRecord[] {
  const out: LongRecord[] = [];
  for (const row of m.rows) {
    for (const col of m.columns) {
      if (col.standard !== row.standard || !row.needs.has(col.code)) continue;
      out.push({
        standard: row.standard,
        duty: row.duty,
        task: row.task,
        level: row.level,
        type: col.type,
        code: col.code,
        name: col.name,
      });
    }
  }
  return out;
}
