/** What the diff formatters share: labels of kinds and elements, grouping by duty and task. */
import { label, type Lang, type LabelKey } from '../../model/labels.js';
import { printedDate } from '../standard/common.js';
import type { Change, ChangeKind, ChangeSeverity, Classification, DiffSide, StandardDiff } from '../../diff/types.js';

export const KIND_LABEL: Record<ChangeKind, LabelKey> = {
  added: 'diffAdded',
  removed: 'diffRemoved',
  modified: 'diffModified',
  renumbered: 'diffRenumbered',
  moved: 'diffMoved',
};

export const KIND_MARK: Record<ChangeKind, string> = { added: '+', removed: '-', modified: '~', renumbered: '#', moved: '>' };

export const SEVERITY_LABEL: Record<ChangeSeverity, LabelKey> = { major: 'diffMajor', minor: 'diffMinor', patch: 'diffPatch' };

export const CLASSIFICATION_LABEL: Record<Classification, LabelKey> = {
  equivalent: 'diffEquivalent',
  'not-equivalent': 'diffNotEquivalent',
  unknown: 'diffUnknown',
};

const FIELD_LABEL: Record<NonNullable<Change['field']>, LabelKey> = {
  name: 'name',
  nameKind: 'nameKind',
  title: 'title',
  categories: 'categories',
  occupations: 'occupations',
  industries: 'industries',
  description: 'description',
  level: 'level',
  definition: 'definition',
  qualifications: 'kindQualification',
  other: 'kindNote',
  code: 'code',
  status: 'status',
  date: 'date',
  note: 'note',
};

const ELEMENT_LABEL: Record<Change['element'], LabelKey> = {
  duty: 'duty',
  task: 'task',
  output: 'kindOutput',
  indicator: 'kindIndicator',
  knowledge: 'knowledgeShort',
  skill: 'skillsShort',
  attitude: 'attitudesShort',
  level: 'taskLevel',
  link: 'diffLink',
  header: 'diffHeader',
  note: 'notes',
  version: 'diffVersionRow',
  file: 'diffFile',
};

/** 「行為指標」, 「職能基準名稱」, 「態度 定義」: what a change is about, in Chinese. */
export function elementLabel(c: Change, lang: Lang = 'zh'): string {
  const join = (a: string, b: string) => (lang === 'en' ? `${a} ${b.toLowerCase()}` : `${a}${b}`);
  if (c.element === 'header' || c.element === 'note') return label(FIELD_LABEL[c.field ?? 'name'], lang);
  if (c.element === 'version') return c.field ? join(label('diffVersionRow', lang), label(FIELD_LABEL[c.field], lang)) : label('diffVersionRow', lang);
  const base = label(ELEMENT_LABEL[c.element], lang);
  return c.field === 'definition' ? join(base, label('definition', lang)) : base;
}

/** 「v3 最新版本 2024-12-15」 */
export function sideLine(s: DiffSide, lang: Lang = 'zh'): string {
  if (s.deleted) return label('diffDeleted', lang);
  const status = s.status === 'current' ? label('statusCurrent', lang) : s.status === 'historical' ? label('statusHistorical', lang) : undefined;
  return [`v${s.version}`, status, s.date ? printedDate(s.date) : undefined].filter((x) => x !== undefined).join(' ');
}

/**
 * Where the two sides were read, when git was involved: 「main:standards/X/v2.yaml → 工作目錄
 * standards/X/v2.yaml」; undefined otherwise (the codes of the heading say it all).
 */
export function sourcesLine(d: StandardDiff, lang: Lang = 'zh'): string | undefined {
  const { from, to } = d.sides;
  if (from.revision === undefined && to.revision === undefined && !from.worktree && !to.worktree) return undefined;
  // Paths and revisions come from git and the file system: no control character reaches a terminal.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const clean = (t: string) => t.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
  const side = (s: DiffSide) => {
    const path = clean(s.path ?? s.source);
    const where = s.revision !== undefined ? `${clean(s.revision)}:${path}` : s.worktree ? `${label('diffWorktree', lang)} ${path}` : path;
    return s.deleted ? (lang === 'en' ? `${where} (${label('diffDeleted', lang)})` : `${where}（${label('diffDeleted')}）`) : where;
  };
  return `${side(from)} → ${side(to)}`;
}

export function summaryLine(d: StandardDiff, lang: Lang = 'zh'): string {
  return (['major', 'minor', 'patch'] as const).map((s) => (lang === 'en' ? `${s} ${d.summary[s]}` : `${label(SEVERITY_LABEL[s])} ${s} ${d.summary[s]}`)).join(' · ');
}

export function missingLines(d: StandardDiff, lang: Lang = 'zh'): string[] {
  const missing = d.missingContent ?? [];
  return missing.length === 0 ? [] : [`${missing.join(lang === 'en' ? ', ' : '、')}${label('diffMissingContent', lang)}`];
}

export type SectionKey = 'header' | 'table' | 'knowledge' | 'skill' | 'attitude' | 'note' | 'version' | 'file';

export interface DutyGroup {
  /** The duty's code (a removed duty's old code). */
  code: string;
  title: string | undefined;
  removed: boolean;
  /** Changes of the duty itself, of its shared row, and removed tasks. */
  own: Change[];
  tasks: Array<{ code: string; title: string | undefined; changes: Change[] }>;
}

export interface Grouped {
  /** A deleted file. */
  file: Change[];
  header: Change[];
  /** Rows of the version table. */
  version: Change[];
  duties: DutyGroup[];
  knowledge: Change[];
  skill: Change[];
  attitude: Change[];
  note: Change[];
}

/** The changes grouped as a reader goes through a standard: header, duty → task, K, S, A, notes. */
export function groupChanges(d: StandardDiff): Grouped {
  const g: Grouped = { file: [], header: [], version: [], duties: [], knowledge: [], skill: [], attitude: [], note: [] };
  const duties = new Map<string, DutyGroup>();
  for (const c of d.changes) {
    switch (c.element) {
      case 'header':
      case 'knowledge':
      case 'skill':
      case 'attitude':
      case 'note':
      case 'version':
      case 'file':
        g[c.element].push(c);
        continue;
      default:
    }
    const removedDuty = c.element === 'duty' && c.kind === 'removed';
    const dutyCode = c.duty ?? c.code ?? '';
    const key = `${removedDuty ? '-' : '+'}${dutyCode}`;
    let group = duties.get(key);
    if (!group) {
      group = { code: dutyCode, title: removedDuty ? c.before : d.titles[dutyCode], removed: removedDuty, own: [], tasks: [] };
      duties.set(key, group);
      g.duties.push(group);
    }
    if (c.element === 'duty' || (c.element === 'task' && c.kind === 'removed') || c.task === undefined) {
      group.own.push(c);
      continue;
    }
    let task = group.tasks.find((t) => t.code === c.task);
    if (!task) {
      task = { code: c.task, title: d.titles[c.task], changes: [] };
      group.tasks.push(task);
    }
    task.changes.push(c);
  }
  return g;
}

/** The code part of a change line: 「K05 → K07」, 「T1.3 → T2.1（T1 → T2）」, 「P1.1.2」. */
export function codePart(c: Change, inTask: boolean): string {
  if (c.element === 'link') return c.target ?? '';
  if (c.element === 'level' && inTask && c.code === c.task) return '';
  if (c.element === 'header' || c.element === 'note' || c.element === 'file') return '';
  let code = c.fromCode !== undefined && c.toCode !== undefined ? `${c.fromCode} → ${c.toCode}` : (c.code ?? '');
  if (c.kind === 'moved' && c.fromParent !== undefined) code += `（${c.fromParent} → ${c.toParent ?? ''}）`;
  return code;
}

/**
 * Values shown as 「before → after」 rather than an inline diff: levels, and a version row's code,
 * status and date. undefined for texts.
 */
export function arrowValues(c: Change, lang: Lang = 'zh'): { before: string; after: string } | undefined {
  if (c.kind !== 'modified' || c.before === undefined || c.after === undefined) return undefined;
  if (c.element === 'level' || (c.element === 'header' && c.field === 'level')) return { before: c.before, after: c.after };
  if (c.element !== 'version' || c.field === 'name' || c.field === 'note') return undefined;
  const shown = (v: string) =>
    c.field === 'status' && (v === 'current' || v === 'historical')
      ? label(v === 'current' ? 'statusCurrent' : 'statusHistorical', lang)
      : c.field === 'date'
        ? printedDate(v)
        : v;
  return { before: shown(c.before), after: shown(c.after) };
}

/** Tasks that use an added or removed K/S: 「（T1.1、T2.2）」. */
export function usersPart(c: Change): string {
  return c.tasks && c.tasks.length > 0 ? `（${c.tasks.join('、')}）` : '';
}
