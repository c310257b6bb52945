/** The codes of a standard a course can cover, by kind, in the standard's order — pure. */
import type { CoverKind } from '../model/course.js';
import type { Standard } from '../model/schema.js';

export interface StandardItem {
  kind: CoverKind;
  code: string;
  name: string;
  /** Tasks: the levels of its rows. */
  levels?: number[];
}

export function standardItems(standard: Standard): Record<CoverKind, StandardItem[]> {
  const tasks: StandardItem[] = [];
  for (const duty of standard.duties) {
    for (const task of duty.tasks) {
      const rows = task.rows.length > 0 ? task.rows : (duty.shared?.rows ?? []);
      const levels = [...new Set(rows.flatMap((r) => (r.level === null ? [] : [r.level])))];
      tasks.push({ kind: 'tasks', code: task.code, name: task.title, levels });
    }
  }
  return {
    tasks,
    knowledge: standard.knowledge.map((k) => ({ kind: 'knowledge', code: k.code, name: k.name })),
    skills: standard.skills.map((s) => ({ kind: 'skills', code: s.code, name: s.name })),
    attitudes: standard.attitudes.map((a) => ({ kind: 'attitudes', code: a.code, name: a.name })),
  };
}
