/**
 * The task table: rows of cells → duties, tasks and their rows. Handles the table head repeated
 * after a page break, continuation rows (empty duty and task cells) that belong to the row above,
 * text cut at a page break, tasks with rows at several levels, and old numbering (several tasks
 * sharing one row, K/S tagged with the tasks they serve).
 */
import { InputError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import type { CodedText, Competency, CompetencyRef, Duty, Row } from '../model/schema.js';
import { compareCodes, dutyCode, splitCoded, taskTags, type CodeKind, type CodedPart } from './codes.js';
import type { TableRow } from './lines.js';
import type { Journal } from './repairs.js';
import { isNone, joinCut, labelKey, squash } from './text.js';

export type Column = 'duty' | 'task' | 'outputs' | 'indicators' | 'level' | 'knowledge' | 'skills';

const COLUMN_NAMES: Record<Column, string> = {
  duty: '主要職責',
  task: '工作任務',
  outputs: '工作產出',
  indicators: '行為指標',
  level: '職能級別',
  knowledge: '職能內涵 (K=knowledge 知識)',
  skills: '職能內涵 (S=skills 技能)',
};
const REQUIRED: readonly Column[] = ['duty', 'task', 'indicators', 'knowledge', 'skills'];

export function columnOf(cell: string): Column | undefined {
  const k = labelKey(cell);
  if (k === '主要職責') return 'duty';
  if (k === '工作任務') return 'task';
  if (k === '工作產出') return 'outputs';
  if (k === '行為指標') return 'indicators';
  if (k === '職能級別' || k === '級別') return 'level';
  if (/^(職能內涵)?\(?(K=|K＝)|knowledge|^知識\)?$/i.test(k)) return 'knowledge';
  if (/^(職能內涵)?\(?(S=|S＝)|skills?\b|^技能\)?$/i.test(k)) return 'skills';
  return undefined;
}

/** The head of the task table: 主要職責 and 工作任務 among its cells. */
export function isTaskHead(cells: readonly string[]): boolean {
  const cols = cells.map(columnOf);
  return cols.includes('duty') && cols.includes('task');
}

/** A sub-head under 職能內涵: K=knowledge 知識 | S=skills 技能, and no codes. */
export function isSubHead(cells: readonly string[]): boolean {
  const cols = cells.map(columnOf);
  return cols.includes('knowledge') && cols.includes('skills') && !cells.some((c) => /[KS][0-9]/.test(c));
}

interface RefBuild {
  code: string;
  name: string;
  tasks: string[];
  /** The name followed the code with no space: the code may have taken the name's first digits. */
  tight?: boolean;
}
interface RowBuild {
  level: number | null;
  indicators: CodedText[];
  knowledge: RefBuild[];
  skills: RefBuild[];
  merged?: { codes: string[]; key: 'indicators' | 'knowledge' | 'skills' };
}
interface Block {
  outputs: CodedText[];
  rows: RowBuild[];
}
interface TaskBuild extends Block {
  code: string;
  title: string;
}
interface DutyBuild {
  code: string;
  title: string;
  tasks: TaskBuild[];
  shared?: Block;
}

/** A task cell that held several codes: old numbering (tasks sharing a row), or a cell that swallowed its neighbour. */
interface SharedGroup {
  duty: DutyBuild;
  tasks: TaskBuild[];
  parts: CodedPart[];
  line: number;
}

export interface TaskTableResult {
  duties: Duty[];
  knowledge: Competency[];
  skills: Competency[];
  /** Comments the serializer prints above a key of a row: where a continuation row was merged. */
  comments: Map<Row, { key: string; text: string }>;
}

export class TaskTable {
  private cols: Map<Column, number> | undefined;
  private headLine = 0;
  private width = 0;
  private afterHead = false;
  private readonly duties: DutyBuild[] = [];
  private duty: DutyBuild | undefined;
  private task: TaskBuild | undefined;
  /** Where the current row's items go: a task, or a duty's shared row. */
  private target: Block | undefined;
  private targetCode = '';
  private readonly groups: SharedGroup[] = [];

  constructor(private readonly journal: Journal) {}

  get columns(): number {
    return this.width;
  }

  /** The line of the table's head. */
  get headLineNo(): number {
    return this.headLine;
  }

  get started(): boolean {
    return this.cols !== undefined;
  }

  get taskCount(): number {
    return this.duties.reduce((n, d) => n + d.tasks.length, 0);
  }

  /** A table head: the first one sets the columns; a repeated one marks a page break. */
  head(row: TableRow, sub?: TableRow): void {
    if (this.cols) {
      this.afterHead = true;
      return;
    }
    const cols = new Map<Column, number>();
    row.cells.forEach((c, i) => {
      const col = columnOf(c);
      if (col && !cols.has(col)) cols.set(col, i);
    });
    sub?.cells.forEach((c, i) => {
      const col = columnOf(c);
      if (col && !cols.has(col)) cols.set(col, i);
    });
    const missing = REQUIRED.filter((c) => !cols.has(c));
    if (missing.length > 0) {
      throw new InputError(
        msg('import.error.columns', { line: row.line, expected: Object.values(COLUMN_NAMES).join(' | '), found: row.cells.filter((c) => c !== '').join(' | '), missing: missing.map((c) => COLUMN_NAMES[c]) }),
      );
    }
    this.cols = cols;
    this.headLine = row.line;
    this.width = Math.max(row.cells.length, sub?.cells.length ?? 0);
  }

  row(row: TableRow): void {
    const cols = this.cols!;
    if (row.cells.every((c) => c === '')) return;
    const extra = row.cells.slice(this.width).filter((c) => c !== '');
    if (extra.length > 0) {
      throw new InputError(msg('import.error.rowWidth', { line: row.line, cells: row.cells.length, head: this.headLine, width: this.width, expected: Object.values(COLUMN_NAMES).join(' | ') }));
    }
    const get = (c: Column) => {
      const i = cols.get(c);
      const v = i === undefined ? '' : (row.cells[i] ?? '').trim();
      return isNone(v) && c !== 'level' ? '' : v;
    };
    const afterHead = this.afterHead;
    this.afterHead = false;
    const dutyCell = get('duty');
    const taskCell = get('task');
    const levelCell = get('level');

    if (dutyCell !== '') this.readDuty(dutyCell, taskCell, row.line);

    let parts: CodedPart[] = [];
    if (taskCell !== '') {
      const split = splitCoded(taskCell.replace(/\n/g, ' '), 'T', true);
      if (split.lead !== '') {
        if (!this.task) throw new InputError(msg('import.error.taskCode', { line: row.line, found: clip(split.lead) }));
        this.rejoin(this.task.code, this.task, 'title', split.lead);
      }
      parts = this.dedupe(split.parts);
    }
    if (parts.length > 0 && !this.duty) {
      throw new InputError(msg('import.error.dutyFirst', { line: row.line }));
    }

    let rowBuild: RowBuild;
    let merging = false;
    const level = parseLevel(levelCell);
    if (parts.length === 1 && this.task && parts[0]!.code === this.task.code && this.target === this.task) {
      // The task's cell repeated after a page break.
      rowBuild = this.continuation(level, afterHead, get('indicators'));
      merging = rowBuild === this.target.rows.at(-1) && !this.isNewRow;
    } else if (parts.length === 1) {
      const p = parts[0]!;
      this.task = this.journal.at({ code: p.code, title: this.journal.text(p.code, p.text), outputs: [], rows: [] }, row.line);
      this.duty!.tasks.push(this.task);
      this.target = this.task;
      this.targetCode = p.code;
      rowBuild = this.newRow(level.value ?? null);
    } else if (parts.length > 1) {
      const made = parts.map((p) => this.journal.at({ code: p.code, title: this.journal.text(p.code, p.text), outputs: [], rows: [] }, row.line));
      this.duty!.tasks.push(...made);
      this.groups.push({ duty: this.duty!, tasks: made, parts, line: row.line });
      this.task = undefined;
      this.duty!.shared ??= { outputs: [], rows: [] };
      this.target = this.duty!.shared;
      this.targetCode = this.duty!.code;
      rowBuild = this.newRow(level.value ?? null);
    } else {
      if (!this.target) {
        if (dutyCell !== '' && row.cells.every((c, i) => c === '' || i === cols.get('duty'))) return; // a duty's own row
        throw new InputError(msg('import.error.firstTask', { line: row.line }));
      }
      rowBuild = this.continuation(level, afterHead, get('indicators'));
      merging = !this.isNewRow;
    }
    this.journal.at(rowBuild, row.line);
    if (level.bad !== undefined) this.journal.warn(row.line, msg('import.warn.rowLevel', { value: level.bad }));

    const held: string[] = [];
    const first: Array<'indicators' | 'knowledge' | 'skills'> = [];
    const target = this.target;
    const outputs = this.coded(get('outputs'), 'O', target.outputs, row.line, target.outputs.at(-1)).map((o) => this.journal.at(o, row.line));
    target.outputs.push(...outputs);
    held.push(...outputs.map((o) => o.code));
    const lastIndicator = rowBuild.indicators.at(-1) ?? target.rows.at(-2)?.indicators.at(-1);
    const indicators = this.coded(get('indicators'), 'P', rowBuild.indicators, row.line, lastIndicator).map((o) => this.journal.at(o, row.line));
    rowBuild.indicators.push(...indicators);
    held.push(...indicators.map((o) => o.code));
    if (indicators.length > 0) first.push('indicators');
    for (const [col, kind] of [['knowledge', 'K'], ['skills', 'S']] as const) {
      const refs = this.refs(get(col), kind, rowBuild[col].at(-1) ?? target.rows.at(-2)?.[col].at(-1), row.line).map((r) => this.journal.at(r, row.line));
      rowBuild[col].push(...refs);
      held.push(...refs.map((r) => r.code));
      if (refs.length > 0) first.push(col);
    }
    if (merging && held.length > 0) {
      const empty = (['duty', 'task', 'outputs', 'indicators', 'level'] as const).filter((c) => cols.has(c) && get(c) === '');
      const note = afterHead
        ? msg('import.note.mergedPageBreak', { code: this.targetCode, empty, held })
        : msg('import.note.mergedLineBreak', { code: this.targetCode, line: row.line, empty, held });
      this.journal.add({ at: this.targetCode, kind: 'merged-continuation-row', note: this.journal.say(note) });
      if (!rowBuild.merged && first.length > 0) rowBuild.merged = { codes: held, key: first[0]! };
    }
  }

  private isNewRow = false;

  /** A row without a task: the rest of the row above (cut by a page break), or the task's next level. */
  private continuation(level: { value?: number | null }, afterHead: boolean, indicatorCell: string): RowBuild {
    const target = this.target!;
    const last = target.rows.at(-1);
    this.isNewRow = false;
    if (!last) {
      this.isNewRow = true;
      return this.newRow(level.value ?? null);
    }
    if (level.value === undefined) return last;
    const cutText = indicatorCell === '' || splitCoded(indicatorCell, 'P').lead !== '';
    if (afterHead && level.value === last.level && cutText) return last;
    this.isNewRow = true;
    return this.newRow(level.value);
  }

  private newRow(level: number | null): RowBuild {
    const r: RowBuild = { level, indicators: [], knowledge: [], skills: [] };
    this.target!.rows.push(r);
    return r;
  }

  private readDuty(cell: string, taskCell: string, line: number): void {
    const d = dutyCode(cell.replace(/\n/g, ' '));
    if (!d) {
      if (this.duty && taskCell === '') {
        this.rejoin(this.duty.code, this.duty, 'title', cell);
        return;
      }
      throw new InputError(msg('import.error.dutyCode', { line, found: clip(cell) }));
    }
    if (this.duty && d.code === this.duty.code) return; // repeated after a page break
    this.duty = this.journal.at({ code: d.code, title: this.journal.text(d.code, d.title), tasks: [] }, line);
    this.duties.push(this.duty);
    this.task = undefined;
    this.target = undefined;
  }

  /** The end of a text cut by a page or line break, joined back to its beginning. */
  private rejoin<K extends string>(at: string, item: Record<K, string>, key: K, rest: string): void {
    const before = item[key];
    item[key] = this.journal.text(at, joinCut(before, rest.replace(/\n/g, ' ')));
    this.journal.add({ at, kind: 'rejoined-text', before, after: item[key], note: this.journal.say(msg('import.note.rejoined', { text: clip(rest), at })) });
  }

  /**
   * Parts of one cell with the same code: a repetition the copy made (the same text again) is
   * dropped; when the first copy carries extra text at its end, that text was cut from the part
   * before it (a wrapped line printed after the next item) and goes back there.
   */
  private dedupe(parts: CodedPart[]): CodedPart[] {
    const out: CodedPart[] = [];
    for (const p of parts) {
      const text = p.text.replace(/\s+/g, ' ');
      const prev = out.find((q) => q.code === p.code);
      if (prev && prev.text.replace(/\s+/g, ' ') !== text && prev.text.startsWith(p.text) && p.text !== '') {
        const suffix = prev.text.slice(p.text.length).trim();
        const owner = out[out.indexOf(prev) - 1];
        if (owner) {
          const before = owner.text;
          owner.text = joinCut(owner.text, suffix);
          this.journal.add({ at: owner.code, kind: 'rejoined-text', before, after: owner.text, note: this.journal.say(msg('import.note.suffixBack', { text: suffix, owner: owner.code, after: prev.code, code: p.code })) });
          prev.text = p.text;
        }
      }
      if (prev && prev.text.replace(/\s+/g, ' ') === text) {
        this.journal.add({ at: p.code, kind: 'other', before: `${p.code}${p.text}`, note: this.journal.say(msg('import.note.repeated', { code: p.code, text: clip(p.text) })) });
        continue;
      }
      out.push(p);
    }
    out.forEach((p, i) => {
      if (p.glued && i > 0) this.journal.add({ at: p.code, kind: 'split-code', before: `${out[i - 1]!.text}${p.code}${p.text}`, note: this.journal.say(msg('import.note.splitGlued', { code: p.code, prev: out[i - 1]!.code })) });
    });
    return out;
  }

  /** Outputs or indicators of a cell; text before the first code ends the item above. */
  private coded(cell: string, kind: CodeKind, list: CodedText[], line: number, last: CodedText | undefined): CodedText[] {
    if (cell === '') return [];
    const split = splitCoded(cell.replace(/\n/g, ' '), kind);
    const out: CodedText[] = [];
    if (split.lead !== '') {
      if (last) this.rejoin(last.code, last, 'text', split.lead);
      else {
        // An import invents no code: the text is kept in the repairs, with a warning.
        this.journal.warn(line, msg('import.warn.noCode', { kind, text: clip(split.lead) }));
        this.journal.add({ at: this.targetCode || kind, kind: 'other', before: squash(split.lead), note: this.journal.say(msg('import.note.noCode', { kind })) });
      }
    }
    const parts = this.dedupe(split.parts);
    for (const p of parts) out.push({ code: p.code, text: this.journal.text(p.code, p.text) });
    return out;
  }

  /** K or S references of a cell, with their names and task tags. */
  private refs(cell: string, kind: 'K' | 'S', last: RefBuild | undefined, line: number): RefBuild[] {
    if (cell === '') return [];
    const split = splitCoded(cell.replace(/\n/g, ' '), kind);
    if (split.lead !== '') {
      if (last) {
        const { name, tasks } = taskTags(split.lead);
        if (name !== '') this.rejoin(last.code, last, 'name', name);
        last.tasks.push(...tasks);
      } else this.journal.warn(line, msg('import.warn.refNoCode', { kind, text: clip(split.lead) }));
    }
    return this.dedupe(split.parts).map((p) => {
      const { name, tasks } = taskTags(p.text);
      return { code: p.code, name: this.journal.text(p.code, name), tasks, ...(p.tight ? { tight: true } : {}) };
    });
  }

  /**
   * A task cell with several codes is old numbering (tasks sharing a row) — unless a code of it is
   * a task that has a row of its own elsewhere in the table: then the cell swallowed its
   * neighbour's text (「…策略T1.2 瞭解…」). That text stays where it was printed, in the title of
   * the task before it, and no task is made of it: an import never invents an element.
   */
  private foldSwallowed(): void {
    const count = new Map<string, number>();
    for (const d of this.duties) for (const t of d.tasks) count.set(t.code, (count.get(t.code) ?? 0) + 1);
    for (const g of this.groups) {
      const phantom = g.tasks.map((t, k) => k > 0 && count.get(t.code)! > 1 && g.tasks.filter((u) => u.code === t.code).length === 1);
      if (!phantom.some(Boolean)) continue;
      let owner = g.tasks[0]!;
      g.tasks.forEach((t, k) => {
        if (!phantom[k]) {
          owner = t;
          return;
        }
        const p = g.parts[k]!;
        const before = owner.title;
        owner.title = this.journal.text(owner.code, `${owner.title}${p.glued ? '' : ' '}${squash(p.source)}`);
        g.duty.tasks.splice(g.duty.tasks.indexOf(t), 1);
        count.set(t.code, count.get(t.code)! - 1);
        this.journal.drop((r) => !(r.kind === 'split-code' && r.at === p.code && r.before?.endsWith(`${p.code}${p.text}`) === true));
        this.journal.warn(g.line, msg('import.warn.swallowed', { owner: owner.code, code: p.code, text: clip(p.text) }));
        this.journal.add({ at: owner.code, kind: 'other', before, after: owner.title, note: this.journal.say(msg('import.note.swallowed', { owner: owner.code, code: p.code })) });
      });
      const left = g.tasks.filter((_, k) => !phantom[k]);
      // One task left of the cell, alone in its duty's shared row: the row is that task's.
      if (left.length === 1 && g.duty.shared && this.groups.filter((x) => x.duty === g.duty).length === 1) {
        left[0]!.outputs.push(...g.duty.shared.outputs);
        left[0]!.rows.push(...g.duty.shared.rows);
        delete g.duty.shared;
      }
    }
  }

  /**
   * K/S codes with more digits than the document's own (K162 where its codes are K01…K19) took
   * the first digits of a name that begins with them (K162D/3D電腦繪圖 = K16 + 2D/3D電腦繪圖).
   */
  private splitByWidth(): void {
    const refs = this.duties.flatMap((d) => [...d.tasks, ...(d.shared ? [d.shared] : [])]).flatMap((b) => b.rows.flatMap((r) => [...r.knowledge, ...r.skills]));
    for (const kind of ['K', 'S'] as const) {
      const mine = refs.filter((r) => r.code.startsWith(kind) && /^[KS][0-9]+$/.test(r.code));
      const widths = new Map<number, number>();
      for (const r of mine) widths.set(r.code.length - 1, (widths.get(r.code.length - 1) ?? 0) + 1);
      const width = [...widths].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
      if (width === undefined) continue;
      const codes = new Set(mine.map((r) => r.code));
      for (const r of mine) {
        if (!r.tight || r.code.length - 1 <= width || (widths.get(r.code.length - 1) ?? 0) * 4 > mine.length) continue;
        const code = r.code.slice(0, width + 1);
        if (!codes.has(code) && mine.some((x) => x.code === r.code && !x.tight)) continue;
        const printed = `${r.code}${r.name}`;
        r.name = this.journal.text(code, `${r.code.slice(width + 1)}${r.name}`);
        this.journal.add({ at: code, kind: 'split-code', before: printed, after: `${code} ${r.name}`, note: this.journal.say(msg('import.note.splitWidth', { printed, code, kind, width })) });
        r.code = code;
      }
    }
  }

  result(): TaskTableResult {
    this.foldSwallowed();
    this.splitByWidth();
    const comments = new Map<Row, { key: string; text: string }>();
    const names = { knowledge: new Map<string, string>(), skills: new Map<string, string>() };
    const blocks = this.duties.flatMap((d) => [...d.tasks, ...(d.shared ? [d.shared] : [])]);
    for (const b of blocks) {
      for (const r of b.rows) {
        for (const col of ['knowledge', 'skills'] as const) {
          for (const ref of r[col]) if (ref.name !== '' && !names[col].has(ref.code)) names[col].set(ref.code, ref.name);
          for (const ref of r[col]) if (!names[col].has(ref.code)) names[col].set(ref.code, '');
        }
      }
    }
    const toRef = (col: 'knowledge' | 'skills') => (ref: RefBuild): CompetencyRef => {
      const own = ref.name !== '' && ref.name !== names[col].get(ref.code) ? ref.name : undefined;
      if (ref.tasks.length === 0 && own === undefined) return ref.code;
      return { code: ref.code, ...(ref.tasks.length > 0 ? { tasks: ref.tasks } : {}), ...(own !== undefined ? { name: own } : {}) };
    };
    const toRow = (r: RowBuild): Row => {
      const row: Row = { level: r.level, indicators: r.indicators, knowledge: r.knowledge.map(toRef('knowledge')), skills: r.skills.map(toRef('skills')) };
      const line = this.journal.where.get(r);
      if (line !== undefined) this.journal.at(row, line);
      if (r.merged) comments.set(row, { key: r.merged.key, text: this.journal.say(msg('import.comment.continuation', { codes: r.merged.codes })) });
      return row;
    };
    const same = <T extends object>(from: object, to: T): T => {
      const line = this.journal.where.get(from);
      return line === undefined ? to : this.journal.at(to, line);
    };
    const duties: Duty[] = this.duties.map((d) =>
      same(d, {
        code: d.code,
        title: d.title,
        tasks: d.tasks.map((t) => same(t, { code: t.code, title: t.title, outputs: t.outputs, rows: t.rows.map(toRow) })),
        ...(d.shared ? { shared: { outputs: d.shared.outputs, rows: d.shared.rows.map(toRow) } } : {}),
      }),
    );
    const firstRef = new Map<string, RefBuild>();
    for (const b of blocks) for (const r of b.rows) for (const ref of [...r.knowledge, ...r.skills]) if (!firstRef.has(ref.code)) firstRef.set(ref.code, ref);
    const list = (col: 'knowledge' | 'skills'): Competency[] =>
      [...names[col]].map(([code, name]) => same(firstRef.get(code) ?? {}, { code, name })).sort((a, b) => compareCodes(a.code, b.code));
    return { duties, knowledge: list('knowledge'), skills: list('skills'), comments };
  }
}

/** 職能級別: '' → undefined (not printed in this row); a number; anything else → null. */
function parseLevel(cell: string): { value?: number | null; bad?: string } {
  const t = cell.replace(/\s+/g, '');
  if (t === '') return {};
  const n = /^([0-9]{1,2})(級)?$/.exec(t.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  if (n) return { value: Number(n[1]) };
  if (isNone(t) || /未訂|未定/.test(t)) return { value: null };
  return { value: null, bad: cell };
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
