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
  // The columns of each standard, in order: a row looks only at its own standard's (the matrix
  // is block-diagonal), so the work is the size of the blocks, not rows × all columns.
  const byStandard = new Map<string, MatrixColumn[]>();
  for (const col of m.columns) {
    const list = byStandard.get(col.standard);
    if (list) list.push(col);
    else byStandard.set(col.standard, [col]);
  }
  const out: LongRecord[] = [];
  for (const row of m.rows) {
    for (const col of byStandard.get(row.standard) ?? []) {
      if (!row.needs.has(col.code)) continue;
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

/** The cells of the wide layout of these standards (rows × columns), counted without building it. */
export function wideCells(entries: readonly PublishedEntry[], kind: MatrixKind): { rows: number; columns: number; cells: number } {
  const types = typesOf(kind);
  let rows = 0;
  let columns = 0;
  for (const e of entries) {
    const s = e.standard;
    if (types.includes('K')) columns += s.knowledge.length;
    if (types.includes('S')) columns += s.skills.length;
    for (const block of tableBlocks(s)) rows += block.tasks.length * block.rows.length;
  }
  return { rows, columns, cells: rows * columns };
}

/**
 * The most cells a wide matrix is built with (rows × columns, marks and blanks): about 100 typical
 * standards side by side. Every standard adds rows and columns, so the wide matrix of n standards
 * grows as n², nearly all blanks (a row marks only its own standard's columns): 1,000 standards
 * would be 17,000 × 70,000 cells — over 1 GB of commas in CSV, more columns than a spreadsheet
 * opens (16,384). Past this, export refuses and names the long layout, which grows as n.
 */
export const WIDE_CELL_LIMIT = 10_000_000;
