/** The coded elements of a standard with their paths in the file, for rules. */
import type { Standard } from '../model/schema.js';
import { refCode } from '../model/standard.js';
import type { Path } from './types.js';

export type ElementKind = 'duty' | 'task' | 'output' | 'indicator' | 'knowledge' | 'skill' | 'attitude';

/** A free text of a standard and where it is. */
export interface TextItem {
  readonly text: string;
  /** Path of the text. */
  readonly textPath: Path;
  /** The last key of that path (the field the text is in). */
  readonly field: string | number;
  /** Whether the text is one of the notes (其他補充說明, qualifications). */
  readonly inNotes: boolean;
}

/**
 * A coded element. Its place is a base path shared by its siblings, a key and an index: the path
 * itself (`[...base, key, index]`) is built only when a rule reports there. Walking every file of
 * a catalogue, most places are never reported, and building each path up front was most of the
 * rules' cost. An element is also the item of its own text (texts()).
 */
export class Element implements TextItem {
  constructor(
    readonly kind: ElementKind,
    readonly code: string,
    /** The element's text: title, text or name. */
    readonly text: string,
    private readonly base: Path,
    private readonly key: string,
    private readonly index: number,
    /** The key of its text in its map. */
    readonly textKey: 'title' | 'text' | 'name',
    /** The duty and, below it, the task it belongs to; a shared row's belongs to its duty. */
    readonly duty: string | undefined = undefined,
    readonly task: string | undefined = undefined,
    /** Outputs and indicators of a duty's shared row (old numbering). */
    readonly shared: boolean | undefined = undefined,
  ) {}

  /** Path of the element's map. */
  get path(): Path {
    return [...this.base, this.key, this.index];
  }

  get textPath(): Path {
    return [...this.base, this.key, this.index, this.textKey];
  }

  get field(): string {
    return this.textKey;
  }

  get inNotes(): boolean {
    return false;
  }
}

/** A K or S a task row needs, at `[...base, key, index]` (built when reported). */
export class RefUse {
  constructor(
    readonly kind: 'knowledge' | 'skill',
    readonly code: string,
    private readonly base: Path,
    private readonly key: string,
    private readonly index: number,
    readonly task: string | undefined,
    readonly duty: string,
  ) {}

  get path(): Path {
    return [...this.base, this.key, this.index];
  }
}

/**
 * The walks are memoized for the last standard: every rule asks for them, a standard is immutable
 * once loaded, and the rules of one file run one after another. Not a WeakMap keyed by every
 * standard: its entries kept each standard alive through the young generation's collections
 * (promoted, then collected by the full collections: 3× the collector's time).
 */
function memo<T>(walk: (s: Standard) => T): (s: Standard) => T {
  let last: Standard | undefined;
  let value: T | undefined;
  return (s) => {
    if (s !== last) {
      value = walk(s);
      last = s;
    }
    return value as T;
  };
}

export const elements = memo(walkElements);
export const refUses = memo(walkRefUses);
export const texts = memo(walkTexts);

const ROOT: Path = [];

function walkElements(s: Standard): Element[] {
  const out: Element[] = [];
  const duties = s.duties;
  for (let d = 0; d < duties.length; d++) {
    const duty = duties[d]!;
    out.push(new Element('duty', duty.code, duty.title, ROOT, 'duties', d, 'title'));
    const dp: Path = ['duties', d];
    const tasks = duty.tasks;
    for (let t = 0; t < tasks.length; t++) {
      const task = tasks[t]!;
      out.push(new Element('task', task.code, task.title, dp, 'tasks', t, 'title', duty.code));
      const tp: Path = ['duties', d, 'tasks', t];
      const outputs = task.outputs;
      for (let i = 0; i < outputs.length; i++) out.push(new Element('output', outputs[i]!.code, outputs[i]!.text, tp, 'outputs', i, 'text', duty.code, task.code));
      const rows = task.rows;
      for (let r = 0; r < rows.length; r++) {
        const indicators = rows[r]!.indicators;
        if (indicators.length === 0) continue;
        const rp: Path = ['duties', d, 'tasks', t, 'rows', r];
        for (let i = 0; i < indicators.length; i++) out.push(new Element('indicator', indicators[i]!.code, indicators[i]!.text, rp, 'indicators', i, 'text', duty.code, task.code));
      }
    }
    if (duty.shared) {
      const sp: Path = ['duties', d, 'shared'];
      const outputs = duty.shared.outputs;
      for (let i = 0; i < outputs.length; i++) out.push(new Element('output', outputs[i]!.code, outputs[i]!.text, sp, 'outputs', i, 'text', duty.code, undefined, true));
      const rows = duty.shared.rows;
      for (let r = 0; r < rows.length; r++) {
        const indicators = rows[r]!.indicators;
        if (indicators.length === 0) continue;
        const rp: Path = ['duties', d, 'shared', 'rows', r];
        for (let i = 0; i < indicators.length; i++) out.push(new Element('indicator', indicators[i]!.code, indicators[i]!.text, rp, 'indicators', i, 'text', duty.code, undefined, true));
      }
    }
  }
  s.knowledge.forEach((k, i) => out.push(new Element('knowledge', k.code, k.name, ROOT, 'knowledge', i, 'name')));
  s.skills.forEach((k, i) => out.push(new Element('skill', k.code, k.name, ROOT, 'skills', i, 'name')));
  s.attitudes.forEach((a, i) => out.push(new Element('attitude', a.code, a.name, ROOT, 'attitudes', i, 'name')));
  return out;
}

/** Every K/S reference of every row, with where it is. */
function walkRefUses(s: Standard): RefUse[] {
  const out: RefUse[] = [];
  const rowsOf = (rows: Standard['duties'][number]['tasks'][number]['rows'], base: Path, duty: string, task: string | undefined) => {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.knowledge.length === 0 && row.skills.length === 0) continue;
      const rp: Path = [...base, 'rows', r];
      row.knowledge.forEach((ref, i) => out.push(new RefUse('knowledge', refCode(ref), rp, 'knowledge', i, task, duty)));
      row.skills.forEach((ref, i) => out.push(new RefUse('skill', refCode(ref), rp, 'skills', i, task, duty)));
    }
  };
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
  readonly path: Path;
}

class Level implements LevelRow {
  constructor(
    readonly level: number | null,
    readonly owner: string,
    private readonly base: Path,
    private readonly index: number,
  ) {}

  get path(): Path {
    return [...this.base, 'rows', this.index, 'level'];
  }
}

export const levelRows = memo((s: Standard): LevelRow[] => {
  const out: LevelRow[] = [];
  s.duties.forEach((d, di) => {
    d.tasks.forEach((t, ti) => {
      const base: Path = ['duties', di, 'tasks', ti];
      t.rows.forEach((r, ri) => out.push(new Level(r.level, t.code, base, ri)));
    });
    const shared = d.shared?.rows ?? [];
    if (shared.length > 0) {
      const base: Path = ['duties', di, 'shared'];
      shared.forEach((r, ri) => out.push(new Level(r.level, d.code, base, ri)));
    }
  });
  return out;
});

/** A text at a path of its own (header, notes, definitions, …). */
class TextAt implements TextItem {
  constructor(
    readonly text: string,
    readonly textPath: Path,
  ) {}

  get field(): string | number {
    return this.textPath[this.textPath.length - 1]!;
  }

  get inNotes(): boolean {
    return this.textPath[0] === 'notes';
  }
}

/** Every free text of a standard with its path (texts of elements, header, notes, attitudes' definitions). */
function walkTexts(s: Standard): TextItem[] {
  const out: TextItem[] = [new TextAt(s.name, ['name']), new TextAt(s.description, ['description'])];
  if (s.title !== undefined) out.push(new TextAt(s.title, ['title']));
  for (const e of elements(s)) out.push(e);
  s.attitudes.forEach((a, i) => {
    if (a.definition !== undefined) out.push(new TextAt(a.definition, ['attitudes', i, 'definition']));
  });
  (['categories', 'occupations', 'industries'] as const).forEach((k) => s[k].forEach((c, i) => out.push(new TextAt(c.name, [k, i, 'name']))));
  s.notes.qualifications.forEach((t, i) => out.push(new TextAt(t, ['notes', 'qualifications', i])));
  s.notes.other.forEach((t, i) => out.push(new TextAt(t, ['notes', 'other', i])));
  return out;
}
