/**
 * What a new version of a standard means for a course: each change of the diff between the mapped
 * version and the new one, tied to the units it touches, with what to do — sorted so that what
 * needs a person comes first. And the migration of a mapping to the new codes, where the diff
 * proves identity (renumbered, moved, reworded, unchanged). Pure.
 */
import { COVER_KINDS, unitCodes, type CourseMapping, type CoverKind } from '../model/course.js';
import type { Change, StandardDiff } from '../diff/types.js';

/** What to do, most urgent first. */
export const ACTIONS = ['review', 'level', 'gap', 'link', 'check-wording', 'migrate'] as const;
export type Action = (typeof ACTIONS)[number];

export interface ImpactItem {
  action: Action;
  /** The kind of code a unit maps (tasks for levels, links, outputs and indicators). */
  kind: CoverKind;
  change: Change;
  /** The code in the mapped version (absent for something new). */
  fromCode?: string;
  /** The code in the new version (absent for something removed). */
  toCode?: string;
  /** Units the change touches. */
  units: string[];
}

export interface Impact {
  from: string;
  to: string;
  classification: StandardDiff['classification'];
  /** Versions known only from a version table: nothing can be said of their content. */
  missingContent: string[];
  items: ImpactItem[];
  /** Changes that touch no mapping (header, version table, notes). */
  untouched: number;
}

const KIND_OF: Partial<Record<Change['element'], CoverKind>> = { task: 'tasks', knowledge: 'knowledge', skill: 'skills', attitude: 'attitudes' };

function unitsCovering(mapping: CourseMapping, kind: CoverKind, code: string | undefined): string[] {
  if (code === undefined) return [];
  return mapping.units.filter((u) => unitCodes(u, kind).includes(code)).map((u) => u.id);
}

function oldCode(c: Change): string | undefined {
  if (c.kind === 'added') return undefined;
  return c.fromCode ?? c.code;
}

function newCode(c: Change): string | undefined {
  if (c.kind === 'removed') return undefined;
  return c.toCode ?? c.code;
}

/** The old task code of a change placed at a task of the new version. */
function oldTaskOf(taskNew: string | undefined, renames: ReadonlyMap<string, string>): string | undefined {
  if (taskNew === undefined) return undefined;
  for (const [from, to] of renames) if (to === taskNew) return from;
  return taskNew;
}

export function impact(mapping: CourseMapping, diff: StandardDiff): Impact {
  const items: ImpactItem[] = [];
  let untouched = 0;
  const taskRenames = new Map<string, string>();
  for (const c of diff.changes) if (c.element === 'task' && c.fromCode !== undefined && c.toCode !== undefined) taskRenames.set(c.fromCode, c.toCode);
  for (const change of diff.changes) {
    const kind = KIND_OF[change.element];
    if (kind !== undefined) {
      const from = oldCode(change);
      const to = newCode(change);
      const action: Action = change.kind === 'removed' ? 'review' : change.kind === 'added' ? 'gap' : change.kind === 'modified' ? 'check-wording' : 'migrate';
      const units = unitsCovering(mapping, kind, from);
      // A reworded item that was also renumbered: the wording needs a look, and the code migrates.
      items.push({ action, kind, change, ...(from !== undefined ? { fromCode: from } : {}), ...(to !== undefined ? { toCode: to } : {}), units });
      continue;
    }
    if (change.element === 'level' || change.element === 'link' || change.element === 'indicator' || change.element === 'output') {
      const task = change.element === 'level' || change.element === 'link' ? change.code : change.task;
      const from = oldTaskOf(task, taskRenames);
      const action: Action = change.element === 'level' ? 'level' : change.element === 'link' ? 'link' : 'check-wording';
      items.push({ action, kind: 'tasks', change, ...(from !== undefined ? { fromCode: from } : {}), ...(task !== undefined ? { toCode: task } : {}), units: unitsCovering(mapping, 'tasks', from) });
      continue;
    }
    untouched++;
  }
  const rank = (a: Action) => ACTIONS.indexOf(a);
  const order = items.map((item, i) => ({ item, i }));
  order.sort((a, b) => rank(a.item.action) - rank(b.item.action) || Number(b.item.units.length > 0) - Number(a.item.units.length > 0) || a.i - b.i);
  return {
    from: diff.from,
    to: diff.to,
    classification: diff.classification,
    missingContent: diff.missingContent ?? [],
    items: order.map((o) => o.item),
    untouched,
  };
}

/** Whether an impact needs a person: something removed, a level changed, a gap or a link to review. */
export function needsReview(i: Impact): boolean {
  return i.missingContent.length > 0 || i.items.some((x) => x.action !== 'migrate' && x.action !== 'check-wording');
}

export interface Migration {
  mapping: CourseMapping;
  renamed: Array<{ unit: string; kind: CoverKind; from: string; to: string }>;
  /** References left for a person: removed in the new version, or unknown to the old one. */
  review: Array<{ unit: string; index: number; kind: CoverKind; code: string; reason: 'removed' | 'unknown' }>;
}

/**
 * The mapping in the new version's codes. A code is carried over when the diff proves identity:
 * renumbered, moved or reworded (its new code), or untouched (the same code, present in the new
 * version). A code removed, or one the new version lacks, is taken out and listed for review.
 */
export function migrate(mapping: CourseMapping, diff: StandardDiff, newCodes: Readonly<Record<CoverKind, ReadonlySet<string>>>, oldCodes: Readonly<Record<CoverKind, ReadonlySet<string>>>): Migration {
  const renames: Record<CoverKind, Map<string, string>> = { tasks: new Map(), knowledge: new Map(), skills: new Map(), attitudes: new Map() };
  const removed: Record<CoverKind, Set<string>> = { tasks: new Set(), knowledge: new Set(), skills: new Set(), attitudes: new Set() };
  for (const c of diff.changes) {
    const kind = KIND_OF[c.element];
    if (kind === undefined) continue;
    if (c.kind === 'removed' && c.code !== undefined) removed[kind].add(c.code);
    else if (c.kind !== 'added' && c.fromCode !== undefined && c.toCode !== undefined) renames[kind].set(c.fromCode, c.toCode);
  }
  const renamed: Migration['renamed'] = [];
  const review: Migration['review'] = [];
  const units = mapping.units.map((unit, index) => {
    const next = { ...unit };
    for (const kind of COVER_KINDS) {
      if (unit[kind] === undefined) continue;
      const out: string[] = [];
      for (const code of unitCodes(unit, kind)) {
        const to = renames[kind].get(code);
        if (to !== undefined) {
          out.push(to);
          if (to !== code) renamed.push({ unit: unit.id, kind, from: code, to });
        } else if (!removed[kind].has(code) && oldCodes[kind].has(code) && newCodes[kind].has(code)) out.push(code);
        else review.push({ unit: unit.id, index, kind, code, reason: removed[kind].has(code) ? 'removed' : 'unknown' });
      }
      next[kind] = [...new Set(out)];
    }
    return next;
  });
  return { mapping: { ...mapping, standard: diff.to, units }, renamed, review };
}
