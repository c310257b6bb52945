/** The coded elements of a standard with their paths in the file, for rules. */
import type { Standard } from '../model/schema.js';
import { refCode } from '../model/standard.js';
import type { Path } from './types.js';

export type ElementKind = 'duty' | 'task' | 'output' | 'indicator' | 'knowledge' | 'skill' | 'attitude';

export interface Element {
  kind: ElementKind;
  code: string;
  /** The element's text: title, text or name. */
  text: string;
  /** Path of the element's map. */
  path: Path;
  /** The key of its text in that map. */
  textKey: 'title' | 'text' | 'name';
  /** The duty and, below it, the task it belongs to; a shared row's belongs to its duty. */
  duty?: string;
  task?: string;
  /** Outputs and indicators of a duty's shared row (old numbering). */
  shared?: boolean;
}

export interface RefUse {
  kind: 'knowledge' | 'skill';
  code: string;
  path: Path;
  task: string | undefined;
  duty: string;
}

/**
 * The walks are memoized per standard object: every rule asks for them, and a standard is
 * immutable once loaded.
 */
function memo<T>(walk: (s: Standard) => T): (s: Standard) => T {
  const cache = new WeakMap<Standard, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = walk(s);
      cache.set(s, v);
    }
    return v;
  };
}

export const elements = memo(walkElements);
export const refUses = memo(walkRefUses);
export const texts = memo(walkTexts);

function walkElements(s: Standard): Element[] {
  const out: Element[] = [];
  s.duties.forEach((duty, d) => {
    const dp = ['duties', d];
    out.push({ kind: 'duty', code: duty.code, text: duty.title, path: dp, textKey: 'title' });
    duty.tasks.forEach((task, t) => {
      const tp = [...dp, 'tasks', t];
      out.push({ kind: 'task', code: task.code, text: task.title, path: tp, textKey: 'title', duty: duty.code });
      task.outputs.forEach((o, i) =>
        out.push({ kind: 'output', code: o.code, text: o.text, path: [...tp, 'outputs', i], textKey: 'text', duty: duty.code, task: task.code }),
      );
      task.rows.forEach((row, r) =>
        row.indicators.forEach((p, i) =>
          out.push({
            kind: 'indicator',
            code: p.code,
            text: p.text,
            path: [...tp, 'rows', r, 'indicators', i],
            textKey: 'text',
            duty: duty.code,
            task: task.code,
          }),
        ),
      );
    });
    if (duty.shared) {
      const sp = [...dp, 'shared'];
      duty.shared.outputs.forEach((o, i) =>
        out.push({ kind: 'output', code: o.code, text: o.text, path: [...sp, 'outputs', i], textKey: 'text', duty: duty.code, shared: true }),
      );
      duty.shared.rows.forEach((row, r) =>
        row.indicators.forEach((p, i) =>
          out.push({ kind: 'indicator', code: p.code, text: p.text, path: [...sp, 'rows', r, 'indicators', i], textKey: 'text', duty: duty.code, shared: true }),
        ),
      );
    }
  });
  s.knowledge.forEach((k, i) => out.push({ kind: 'knowledge', code: k.code, text: k.name, path: ['knowledge', i], textKey: 'name' }));
  s.skills.forEach((k, i) => out.push({ kind: 'skill', code: k.code, text: k.name, path: ['skills', i], textKey: 'name' }));
  s.attitudes.forEach((a, i) => out.push({ kind: 'attitude', code: a.code, text: a.name, path: ['attitudes', i], textKey: 'name' }));
  return out;
}

/** Every K/S reference of every row, with where it is. */
function walkRefUses(s: Standard): RefUse[] {
  const out: RefUse[] = [];
  const rowsOf = (rows: Standard['duties'][number]['tasks'][number]['rows'], base: Path, duty: string, task: string | undefined) =>
    rows.forEach((row, r) => {
      row.knowledge.forEach((ref, i) => out.push({ kind: 'knowledge', code: refCode(ref), path: [...base, 'rows', r, 'knowledge', i], duty, task }));
      row.skills.forEach((ref, i) => out.push({ kind: 'skill', code: refCode(ref), path: [...base, 'rows', r, 'skills', i], duty, task }));
    });
  s.duties.forEach((duty, d) => {
    duty.tasks.forEach((task, t) => rowsOf(task.rows, ['duties', d, 'tasks', t], duty.code, task.code));
    if (duty.shared) rowsOf(duty.shared.rows, ['duties', d, 'shared'], duty.code, undefined);
  });
  return out;
}

/** Every row of the task table with its level, whose it is, and the path of its `level`. */
export interface LevelRow {
  level: number | null;
  /** The task, or for a shared row the duty. */
  owner: string;
  path: Path;
}

export const levelRows = memo((s: Standard): LevelRow[] =>
  s.duties.flatMap((d, di) => [
    ...d.tasks.flatMap((t, ti) => t.rows.map((r, ri) => ({ level: r.level, owner: t.code, path: ['duties', di, 'tasks', ti, 'rows', ri, 'level'] }))),
    ...(d.shared?.rows ?? []).map((r, ri) => ({ level: r.level, owner: d.code, path: ['duties', di, 'shared', 'rows', ri, 'level'] })),
  ]),
);

/** Every free text of a standard with its path (texts of elements, header, notes, attitudes' definitions). */
function walkTexts(s: Standard): Array<{ text: string; path: Path }> {
  const out: Array<{ text: string; path: Path }> = [
    { text: s.name, path: ['name'] },
    { text: s.description, path: ['description'] },
  ];
  if (s.title !== undefined) out.push({ text: s.title, path: ['title'] });
  for (const e of elements(s)) out.push({ text: e.text, path: [...e.path, e.textKey] });
  s.attitudes.forEach((a, i) => {
    if (a.definition !== undefined) out.push({ text: a.definition, path: ['attitudes', i, 'definition'] });
  });
  (['categories', 'occupations', 'industries'] as const).forEach((k) => s[k].forEach((c, i) => out.push({ text: c.name, path: [k, i, 'name'] })));
  s.notes.qualifications.forEach((t, i) => out.push({ text: t, path: ['notes', 'qualifications', i] }));
  s.notes.other.forEach((t, i) => out.push({ text: t, path: ['notes', 'other', i] }));
  return out;
}
