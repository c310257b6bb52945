/** Reading a standard: references resolved, rows of the task table walked — no I/O. */
import type { Competency, CompetencyRef, Duty, Row, Standard, Task } from './schema.js';

export type CompetencyKind = 'knowledge' | 'skills';

/** A K/S reference of a row with its name resolved from the standard-wide list. */
export interface ResolvedRef {
  code: string;
  /** The row's own printed name, else the standard-wide name, else undefined (not defined). */
  name: string | undefined;
  /** Tasks the item is tagged with in this row (【T1.1】), old numbering only. */
  tasks: string[];
}

export function refCode(ref: CompetencyRef): string {
  return typeof ref === 'string' ? ref : ref.code;
}

/** Index of a standard-wide list by code; the first entry wins where a code is duplicated. */
export function competencyIndex(list: readonly Competency[]): Map<string, Competency> {
  const index = new Map<string, Competency>();
  for (const item of list) if (!index.has(item.code)) index.set(item.code, item);
  return index;
}

export function resolveRefs(refs: readonly CompetencyRef[], index: Map<string, Competency>): ResolvedRef[] {
  return refs.map((ref) => {
    const code = refCode(ref);
    const own = typeof ref === 'string' ? undefined : ref.name;
    const tasks = typeof ref === 'string' ? [] : (ref.tasks ?? []);
    return { code, name: own ?? index.get(code)?.name, tasks };
  });
}

/**
 * One block of the task table as printed: one task with its outputs and rows, or — in old
 * numbering — several tasks of a duty sharing one row.
 */
export interface TableBlock {
  duty: Duty;
  tasks: Task[];
  outputs: Task['outputs'];
  rows: Row[];
  shared: boolean;
}

/** The task table in printed order, one block per task (or per duty, for a shared row). */
export function tableBlocks(standard: Standard): TableBlock[] {
  const blocks: TableBlock[] = [];
  for (const duty of standard.duties) {
    if (duty.shared) {
      blocks.push({ duty, tasks: duty.tasks, outputs: duty.shared.outputs, rows: duty.shared.rows, shared: true });
      // A task of a shared-row duty may still carry rows of its own.
      for (const task of duty.tasks) {
        if (task.rows.length > 0 || task.outputs.length > 0) {
          blocks.push({ duty, tasks: [task], outputs: task.outputs, rows: task.rows, shared: false });
        }
      }
      continue;
    }
    for (const task of duty.tasks) {
      blocks.push({ duty, tasks: [task], outputs: task.outputs, rows: task.rows, shared: false });
    }
  }
  return blocks;
}

/** 【註1】 markers in a text → ['註1']. */
export function footnoteMarkers(text: string): string[] {
  return [...text.matchAll(/【(註\s*[0-9０-９]+)】/g)].map((m) => m[1]!.replace(/\s+/g, ''));
}
