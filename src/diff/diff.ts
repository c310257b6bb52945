/**
 * The structural diff of two versions of a standard: every element matched by identity (text and
 * code together, see match.ts), then each pair and leftover classified into typed changes. No I/O.
 *
 * Children of an added or removed duty's tasks, or of an added or removed task (its outputs,
 * indicators, levels, links), are not listed one by one: the parent's change says it. Order
 * within a list is never a change.
 */
import { foldKey } from '../query/fold.js';
import type { Attitude, ClassificationRow, Competency, Row, Standard } from '../model/schema.js';
import { refCode } from '../model/standard.js';
import { severityOf } from './classify.js';
import { matchItems, type MatchItem, type MatchResult } from './match.js';
import type { Change, ChangeKind, Element } from './types.js';

type Kind = 'knowledge' | 'skills';

interface FlatDuty extends MatchItem {
  title: string;
  tasks: number[];
}

interface FlatTask extends MatchItem {
  title: string;
  duty: number;
}

/** An output or an indicator, with its owner: a task (`t3`) or a duty's shared row (`d1`). */
interface FlatCoded extends MatchItem {
  text: string;
  owner: string;
  /** The level of the row holding an indicator. */
  level?: number | null;
}

interface Owner {
  code: string;
  duty: string;
  task?: string;
  levels: string;
  links: Record<Kind, Set<string>>;
}

interface Flat {
  standard: Standard;
  duties: FlatDuty[];
  tasks: FlatTask[];
  outputs: FlatCoded[];
  indicators: FlatCoded[];
  owners: Map<string, Owner>;
}

export function levelText(levels: ReadonlyArray<number | null>): string {
  const unique = [...new Set(levels.map((l) => (l === null ? '–' : String(l))))];
  unique.sort();
  return unique.join('、');
}

function emptyLinks(): Record<Kind, Set<string>> {
  return { knowledge: new Set(), skills: new Set() };
}

function flatten(standard: Standard): Flat {
  const flat: Flat = { standard, duties: [], tasks: [], outputs: [], indicators: [], owners: new Map() };
  const addRows = (owner: string, rows: readonly Row[], taskOfTag: (code: string) => string | undefined) => {
    for (const row of rows) {
      for (const p of row.indicators) flat.indicators.push({ code: p.code, key: foldKey(p.text), text: p.text, owner, level: row.level });
      for (const kind of ['knowledge', 'skills'] as const) {
        for (const ref of row[kind]) {
          const tags = typeof ref === 'string' ? [] : (ref.tasks ?? []);
          const targets = tags.map(taskOfTag).filter((t): t is string => t !== undefined);
          for (const target of targets.length > 0 ? targets : [owner]) flat.owners.get(target)!.links[kind].add(refCode(ref));
        }
      }
    }
  };
  standard.duties.forEach((duty, d) => {
    const fd: FlatDuty = { code: duty.code, key: foldKey(duty.title), title: duty.title, tasks: [] };
    flat.duties.push(fd);
    const dutyOwner = `d${d}`;
    flat.owners.set(dutyOwner, { code: duty.code, duty: duty.code, levels: levelText((duty.shared?.rows ?? []).map((r) => r.level)), links: emptyLinks() });
    const taskOwners = new Map<string, string>();
    for (const task of duty.tasks) {
      const t = flat.tasks.length;
      flat.tasks.push({ code: task.code, key: foldKey(task.title), title: task.title, duty: d, parent: undefined });
      fd.tasks.push(t);
      const owner = `t${t}`;
      if (!taskOwners.has(task.code)) taskOwners.set(task.code, owner);
      flat.owners.set(owner, { code: task.code, duty: duty.code, task: task.code, levels: levelText(task.rows.map((r) => r.level)), links: emptyLinks() });
    }
    const tag = (code: string) => taskOwners.get(code);
    if (duty.shared) {
      for (const o of duty.shared.outputs) flat.outputs.push({ code: o.code, key: foldKey(o.text), text: o.text, owner: dutyOwner });
      addRows(dutyOwner, duty.shared.rows, tag);
    }
    duty.tasks.forEach((task, k) => {
      const owner = `t${fd.tasks[k]!}`;
      for (const o of task.outputs) flat.outputs.push({ code: o.code, key: foldKey(o.text), text: o.text, owner });
      addRows(owner, task.rows, tag);
    });
  });
  return flat;
}

/** The pairs of a match as maps both ways. */
function pairMaps(m: MatchResult): { fwd: Map<number, number>; back: Map<number, number> } {
  const fwd = new Map<number, number>();
  const back = new Map<number, number>();
  for (const [i, j] of m.pairs) {
    fwd.set(i, j);
    back.set(j, i);
  }
  return { fwd, back };
}

/** Sort key of a change: section, then position in the new version (removed ones after their parent's kept ones). */
type OrderKey = [number, number, number, number];

interface Keyed {
  change: Change;
  order: OrderKey;
}

const SECTION = { header: 0, table: 1, knowledge: 2, skills: 3, attitudes: 4, notes: 5 } as const;

function compareOrder(a: OrderKey, b: OrderKey): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

class Collector {
  readonly items: Keyed[] = [];
  add(order: OrderKey, change: Omit<Change, 'severity'>): void {
    // Only the fields that are set: the JSON shape has no nulls for absent things.
    const full: Record<string, unknown> = {};
    for (const k in change) {
      const v = change[k as keyof typeof change];
      if (v !== undefined) full[k] = v;
    }
    full.severity = severityOf(change);
    this.items.push({ change: full as unknown as Change, order });
  }
  sorted(): Change[] {
    return this.items
      .map((x, n) => ({ ...x, n }))
      .sort((a, b) => compareOrder(a.order, b.order) || a.n - b.n)
      .map((x) => x.change);
  }
}

/** The common fields of a pair that may be reworded, renumbered or moved. */
function pairChanges(
  out: Collector,
  order: OrderKey,
  element: Element,
  before: { code: string; text: string },
  after: { code: string; text: string },
  where: { duty?: string; task?: string },
  moved: { from: string; to: string } | undefined,
): void {
  const renumbered = before.code !== after.code;
  const codes = renumbered ? { fromCode: before.code, toCode: after.code } : {};
  // Under a parent of the same code it has not moved (a parent reworded beyond recognition, or
  // replaced under its code): it is reworded or renumbered in place.
  const move = moved && moved.from !== moved.to ? moved : undefined;
  if (move) {
    // One change per line: a moved item that was also reworded says both, with its text before.
    const reworded = before.text !== after.text ? { before: before.text } : {};
    out.add(order, { kind: 'moved', element, code: after.code, ...codes, ...reworded, after: after.text, ...where, fromParent: move.from, toParent: move.to });
  } else if (before.text !== after.text) {
    out.add(order, { kind: 'modified', element, code: after.code, ...codes, before: before.text, after: after.text, ...where });
  } else if (renumbered) {
    out.add(order, { kind: 'renumbered', element, code: after.code, ...codes, after: after.text, ...where });
  }
}

function single(out: Collector, order: OrderKey, kind: Extract<ChangeKind, 'added' | 'removed'>, element: Element, code: string, text: string, extra: Partial<Change> = {}): void {
  out.add(order, { kind, element, code, ...(kind === 'added' ? { after: text } : { before: text }), ...extra });
}

/** Duties, tasks, outputs, indicators, levels and links. Returns the K/S matches used for links. */
function diffTable(a: Flat, b: Flat, out: Collector, comp: Record<Kind, Map<string, string>>): void {
  // Duties by their own text first.
  const dm = matchItems(a.duties, b.duties);
  const duty = pairMaps(dm);
  // Tasks across the whole table, preferring the same (matched) duty.
  const oldTasks = a.tasks.map((t) => ({ ...t, parent: duty.fwd.has(t.duty) ? `d${duty.fwd.get(t.duty)!}` : undefined }));
  const newTasks = b.tasks.map((t) => ({ ...t, parent: `d${t.duty}` }));
  const tm = matchItems(oldTasks, newTasks);
  const task = pairMaps(tm);
  // A duty reworded beyond recognition is still the duty whose tasks it holds.
  const freeOld = new Set(dm.oldOnly);
  const freeNew = new Set(dm.newOnly);
  if (freeOld.size > 0 && freeNew.size > 0) {
    const flows: Array<{ i: number; j: number; n: number }> = [];
    for (const i of freeOld) {
      const counts = new Map<number, number>();
      for (const t of a.duties[i]!.tasks) {
        const nt = task.fwd.get(t);
        if (nt === undefined) continue;
        const nd = b.tasks[nt]!.duty;
        if (freeNew.has(nd)) counts.set(nd, (counts.get(nd) ?? 0) + 1);
      }
      for (const [j, n] of counts) {
        if (2 * n >= Math.max(a.duties[i]!.tasks.length, b.duties[j]!.tasks.length)) flows.push({ i, j, n });
      }
    }
    flows.sort((x, y) => y.n - x.n || x.i - y.i || x.j - y.j);
    for (const f of flows) {
      if (!freeOld.has(f.i) || !freeNew.has(f.j)) continue;
      duty.fwd.set(f.i, f.j);
      duty.back.set(f.j, f.i);
      freeOld.delete(f.i);
      freeNew.delete(f.j);
    }
  }

  const dutyOrder = (j: number | undefined, i: number): number => (j !== undefined ? j : 10_000 + i);
  // Duties.
  for (let j = 0; j < b.duties.length; j++) {
    const nd = b.duties[j]!;
    const i = duty.back.get(j);
    const order: OrderKey = [SECTION.table, j, -1, 0];
    if (i === undefined) single(out, order, 'added', 'duty', nd.code, nd.title, { duty: nd.code });
    else pairChanges(out, order, 'duty', { code: a.duties[i]!.code, text: a.duties[i]!.title }, { code: nd.code, text: nd.title }, { duty: nd.code }, undefined);
  }
  for (const i of freeOld) {
    const od = a.duties[i]!;
    single(out, [SECTION.table, dutyOrder(undefined, i), -1, 0], 'removed', 'duty', od.code, od.title, { duty: od.code });
  }
  // Tasks (those of added or removed duties too: a reader wants to know which tasks went).
  const taskOrder = (side: 'a' | 'b', t: number): OrderKey => {
    if (side === 'b') return [SECTION.table, b.tasks[t]!.duty, t, 0];
    const od = a.tasks[t]!.duty;
    return [SECTION.table, dutyOrder(duty.fwd.get(od), od), 10_000 + t, 0];
  };
  for (let j = 0; j < b.tasks.length; j++) {
    const nt = b.tasks[j]!;
    const ndCode = b.duties[nt.duty]!.code;
    const i = task.back.get(j);
    if (i === undefined) {
      single(out, taskOrder('b', j), 'added', 'task', nt.code, nt.title, { duty: ndCode, task: nt.code });
      continue;
    }
    const ot = a.tasks[i]!;
    const sameDuty = duty.fwd.get(ot.duty) === nt.duty;
    const moved = sameDuty ? undefined : { from: a.duties[ot.duty]!.code, to: ndCode };
    pairChanges(out, taskOrder('b', j), 'task', { code: ot.code, text: ot.title }, { code: nt.code, text: nt.title }, { duty: ndCode, task: nt.code }, moved);
  }
  for (const i of tm.oldOnly) {
    const ot = a.tasks[i]!;
    single(out, taskOrder('a', i), 'removed', 'task', ot.code, ot.title, { duty: a.duties[ot.duty]!.code, task: ot.code });
  }

  // Owners (tasks, shared rows of duties): old → new.
  const ownerMap = (owner: string): string | undefined => {
    const n = Number(owner.slice(1));
    const m = owner[0] === 't' ? task.fwd.get(n) : duty.fwd.get(n);
    return m === undefined ? undefined : `${owner[0]}${m}`;
  };
  const ownerOrder = (side: 'a' | 'b', owner: string, rank: number, pos: number): OrderKey => {
    const n = Number(owner.slice(1));
    const o = owner[0] === 't' ? taskOrder(side, n) : side === 'b' ? ([SECTION.table, n, -1, 0] as OrderKey) : ([SECTION.table, dutyOrder(duty.fwd.get(n), n), -1, 0] as OrderKey);
    return [o[0], o[1], o[2], rank * 100_000 + pos];
  };
  const where = (flat: Flat, owner: string) => {
    const o = flat.owners.get(owner)!;
    return o.task !== undefined ? { duty: o.duty, task: o.task } : { duty: o.duty };
  };

  // Levels and links of owners present on both sides.
  const levelsChanged = new Set<string>();
  const linkable = {
    knowledge: new Set(comp.knowledge.values()),
    skills: new Set(comp.skills.values()),
  };
  const reverse = {
    knowledge: new Map([...comp.knowledge].map(([k, v]) => [v, k] as const)),
    skills: new Map([...comp.skills].map(([k, v]) => [v, k] as const)),
  };
  for (const [oldOwner, oo] of a.owners) {
    const newOwner = ownerMap(oldOwner);
    if (newOwner === undefined) continue;
    const no = b.owners.get(newOwner)!;
    if (oo.levels !== '' && no.levels !== '' && oo.levels !== no.levels) {
      levelsChanged.add(newOwner);
      out.add(ownerOrder('b', newOwner, 0, 0), { kind: 'modified', element: 'level', code: no.code, before: oo.levels, after: no.levels, ...where(b, newOwner) });
    }
    for (const kind of ['knowledge', 'skills'] as const) {
      const mapped = new Set<string>();
      for (const code of oo.links[kind]) {
        const to = comp[kind].get(code);
        if (to !== undefined) mapped.add(to);
      }
      const rank = kind === 'knowledge' ? 3 : 4;
      for (const code of [...no.links[kind]].sort()) {
        if (!mapped.has(code) && linkable[kind].has(code)) {
          out.add(ownerOrder('b', newOwner, rank, 0), { kind: 'added', element: 'link', code: no.code, target: code, after: nameOf(b.standard, kind, code), ...where(b, newOwner) });
        }
      }
      for (const code of [...mapped].sort()) {
        if (!no.links[kind].has(code)) {
          out.add(ownerOrder('b', newOwner, rank, 1), {
            kind: 'removed',
            element: 'link',
            code: no.code,
            target: code,
            before: nameOf(a.standard, kind, reverse[kind].get(code) ?? code),
            ...where(b, newOwner),
          });
        }
      }
    }
  }

  // Outputs and indicators, across the table, preferring the same (matched) owner.
  for (const [element, olds, news, rank] of [
    ['output', a.outputs, b.outputs, 1],
    ['indicator', a.indicators, b.indicators, 2],
  ] as const) {
    const m = matchItems(
      olds.map((x) => ({ ...x, parent: ownerMap(x.owner) })),
      news.map((x) => ({ ...x, parent: x.owner })),
    );
    for (const [i, j] of m.pairs) {
      const o = olds[i]!;
      const n = news[j]!;
      const mappedOwner = ownerMap(o.owner);
      const from = a.owners.get(o.owner)!.code;
      const to = b.owners.get(n.owner)!.code;
      const moved = mappedOwner === n.owner || from === to ? undefined : { from, to };
      const order = ownerOrder('b', n.owner, rank, j);
      pairChanges(out, order, element, o, n, where(b, n.owner), moved);
      // An indicator that went to a row of another level, in a task whose levels are unchanged.
      if (element === 'indicator' && !moved && o.level !== n.level && !levelsChanged.has(n.owner)) {
        out.add(order, { kind: 'modified', element: 'level', code: n.code, before: levelText([o.level ?? null]), after: levelText([n.level ?? null]), ...where(b, n.owner) });
      }
    }
    // Only items whose owner is on both sides: those of an added or removed task go with it.
    for (const j of m.newOnly) {
      const n = news[j]!;
      const i = n.owner[0] === 't' ? task.back.get(Number(n.owner.slice(1))) : duty.back.get(Number(n.owner.slice(1)));
      if (i !== undefined) single(out, ownerOrder('b', n.owner, rank, j), 'added', element, n.code, n.text, where(b, n.owner));
    }
    for (const i of m.oldOnly) {
      const o = olds[i]!;
      const mapped = ownerMap(o.owner);
      if (mapped !== undefined) single(out, ownerOrder('b', mapped, rank, 50_000 + i), 'removed', element, o.code, o.text, where(b, mapped));
    }
  }
}

function nameOf(standard: Standard, kind: Kind, code: string): string | undefined {
  return standard[kind].find((x) => x.code === code)?.name;
}

/** Tasks whose rows use a K or S code (shared rows: the tagged tasks, else the duty). */
function usersOf(flat: Flat, kind: Kind, code: string): string[] {
  const users: string[] = [];
  for (const o of flat.owners.values()) if (o.links[kind].has(code)) users.push(o.code);
  return users;
}

function diffCompetencies(a: Flat, b: Flat, kind: Kind, out: Collector): Map<string, string> {
  const element: Element = kind === 'knowledge' ? 'knowledge' : 'skill';
  const section = kind === 'knowledge' ? SECTION.knowledge : SECTION.skills;
  const item = (c: Competency): MatchItem & { text: string } => ({ code: c.code, key: foldKey(c.name), text: c.name });
  const olds = a.standard[kind].map(item);
  const news = b.standard[kind].map(item);
  const m = matchItems(olds, news);
  const mapping = new Map<string, string>();
  for (const [i, j] of m.pairs) {
    if (!mapping.has(olds[i]!.code)) mapping.set(olds[i]!.code, news[j]!.code);
    pairChanges(out, [section, j, 0, 0], element, olds[i]!, news[j]!, {}, undefined);
  }
  for (const j of m.newOnly) {
    const users = usersOf(b, kind, news[j]!.code);
    single(out, [section, j, 0, 0], 'added', element, news[j]!.code, news[j]!.text, users.length > 0 ? { tasks: users } : {});
  }
  for (const i of m.oldOnly) {
    const users = usersOf(a, kind, olds[i]!.code);
    single(out, [section, 10_000 + i, 0, 0], 'removed', element, olds[i]!.code, olds[i]!.text, users.length > 0 ? { tasks: users } : {});
  }
  return mapping;
}

function diffAttitudes(a: Standard, b: Standard, out: Collector): void {
  const item = (x: Attitude) => ({ code: x.code, key: foldKey(x.name), text: x.name, definition: x.definition });
  const olds = a.attitudes.map(item);
  const news = b.attitudes.map(item);
  const m = matchItems(olds, news);
  for (const [i, j] of m.pairs) {
    const o = olds[i]!;
    const n = news[j]!;
    pairChanges(out, [SECTION.attitudes, j, 0, 0], 'attitude', o, n, {}, undefined);
    if ((o.definition ?? '') !== (n.definition ?? '')) {
      const base = { element: 'attitude' as const, code: n.code, field: 'definition' as const };
      if (o.definition === undefined) out.add([SECTION.attitudes, j, 1, 0], { kind: 'added', ...base, after: n.definition });
      else if (n.definition === undefined) out.add([SECTION.attitudes, j, 1, 0], { kind: 'removed', ...base, before: o.definition });
      else out.add([SECTION.attitudes, j, 1, 0], { kind: 'modified', ...base, before: o.definition, after: n.definition });
    }
  }
  for (const j of m.newOnly) single(out, [SECTION.attitudes, j, 0, 0], 'added', 'attitude', news[j]!.code, news[j]!.text);
  for (const i of m.oldOnly) single(out, [SECTION.attitudes, 10_000 + i, 0, 0], 'removed', 'attitude', olds[i]!.code, olds[i]!.text);
}

function rowText(r: ClassificationRow): string {
  return `${r.name} (${r.code})`;
}

function diffHeader(a: Standard, b: Standard, out: Collector): void {
  let pos = 0;
  const field = (f: 'name' | 'nameKind' | 'title' | 'description', before: string | undefined, after: string | undefined) => {
    pos++;
    if ((before ?? '') === (after ?? '')) return;
    const order: OrderKey = [SECTION.header, pos, 0, 0];
    if (before === undefined || before === '') out.add(order, { kind: 'added', element: 'header', field: f, after });
    else if (after === undefined || after === '') out.add(order, { kind: 'removed', element: 'header', field: f, before });
    else out.add(order, { kind: 'modified', element: 'header', field: f, before, after });
  };
  field('name', a.name, b.name);
  field('nameKind', a.nameKind, b.nameKind);
  field('title', a.title, b.title);
  for (const f of ['categories', 'occupations', 'industries'] as const) {
    pos++;
    const item = (r: ClassificationRow) => ({ code: r.code, key: foldKey(r.name), text: rowText(r) });
    const olds = a[f].map(item);
    const news = b[f].map(item);
    const m = matchItems(olds, news, { sameCode: 0, other: 0.6 });
    for (const [i, j] of m.pairs) {
      if (olds[i]!.text !== news[j]!.text) out.add([SECTION.header, pos, j, 0], { kind: 'modified', element: 'header', field: f, code: news[j]!.code, before: olds[i]!.text, after: news[j]!.text });
    }
    for (const j of m.newOnly) out.add([SECTION.header, pos, j, 0], { kind: 'added', element: 'header', field: f, code: news[j]!.code, after: news[j]!.text });
    for (const i of m.oldOnly) out.add([SECTION.header, pos, 10_000 + i, 0], { kind: 'removed', element: 'header', field: f, code: olds[i]!.code, before: olds[i]!.text });
  }
  field('description', a.description, b.description);
  pos++;
  if (a.level !== b.level) {
    const text = (l: number | null) => (l === null ? undefined : String(l));
    const before = text(a.level);
    const after = text(b.level);
    out.add([SECTION.header, pos, 0, 0], { kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'modified', element: 'header', field: 'level', before, after });
  }
}

function diffNotes(a: Standard, b: Standard, out: Collector): void {
  for (const [f, rank] of [
    ['qualifications', 0],
    ['other', 1],
  ] as const) {
    const item = (text: string, k: number) => ({ code: String(k + 1), key: foldKey(text), text });
    const olds = a.notes[f].map(item);
    const news = b.notes[f].map(item);
    const m = matchItems(olds, news);
    for (const [i, j] of m.pairs) {
      if (olds[i]!.text !== news[j]!.text) out.add([SECTION.notes, rank, j, 0], { kind: 'modified', element: 'note', field: f, before: olds[i]!.text, after: news[j]!.text });
    }
    for (const j of m.newOnly) out.add([SECTION.notes, rank, j, 0], { kind: 'added', element: 'note', field: f, after: news[j]!.text });
    for (const i of m.oldOnly) out.add([SECTION.notes, rank, 10_000 + i, 0], { kind: 'removed', element: 'note', field: f, before: olds[i]!.text });
  }
}

/** Every change from `a` to `b`, in the order of the new version: header, table, K, S, A, notes. */
export function diffStandards(a: Standard, b: Standard): Change[] {
  return diffWithTitles(a, b).changes;
}

/**
 * The changes, and the titles of the duties and tasks they name (from the new version; a removed
 * duty's from the old), for headings.
 */
export function diffWithTitles(a: Standard, b: Standard): { changes: Change[]; titles: Record<string, string> } {
  const out = new Collector();
  const fa = flatten(a);
  const fb = flatten(b);
  diffHeader(a, b, out);
  const comp = {
    knowledge: diffCompetencies(fa, fb, 'knowledge', out),
    skills: diffCompetencies(fa, fb, 'skills', out),
  };
  diffTable(fa, fb, out, comp);
  diffAttitudes(a, b, out);
  diffNotes(a, b, out);
  const changes = out.sorted();
  const known = new Map<string, string>();
  for (const d of b.duties) {
    known.set(d.code, d.title);
    for (const t of d.tasks) if (!known.has(t.code)) known.set(t.code, t.title);
  }
  const titles: Record<string, string> = {};
  for (const c of changes) {
    if (c.element === 'duty' && c.kind === 'removed') continue;
    for (const code of [c.duty, c.task]) {
      const title = code === undefined ? undefined : known.get(code);
      if (code !== undefined && title !== undefined) titles[code] = title;
    }
  }
  return { changes, titles };
}
