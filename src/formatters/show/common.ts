/** What the text and Markdown views of a standard share: the printed forms of its parts. */
import type { HistoryEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { label, type LabelKey } from '../../model/labels.js';
import type { Attitude, ClassificationRow, Repair, Standard, VersionRow } from '../../model/schema.js';
import { competencyIndex, resolveRefs, tableBlocks, type ResolvedRef, type TableBlock } from '../../model/standard.js';
import type { Section } from './sections.js';

/** 2024-12-15 → 2024/12/15, as the documents print it; '' when not printed. */
export function printedDate(date: string | null): string {
  return date === null ? '' : date.replace(/-/g, '/');
}

/** current → 最新版本, historical → 歷史版本. */
export function printedStatus(status: VersionRow['status']): string {
  return label(status === 'current' ? 'statusCurrent' : 'statusHistorical');
}

/** 2 → 「2」; null → 「未訂定」. */
export function printedLevel(level: number | null): string {
  return level === null ? label('levelUnset') : String(level);
}

/** 雲端支援服務人員（職業） */
export function printedName(s: Standard): string {
  return `${s.name}（${label(s.nameKind === 'occupation' ? 'nameKindOccupation' : 'nameKindCategory')}）`;
}

/** 資訊科技 / 資訊支援與服務（IIS） */
export function printedClassification(row: ClassificationRow): string {
  return `${row.name}（${row.code}）`;
}

/** The document's title line: its title, else the name + 職能基準. */
export function titleOf(s: Standard): string {
  return s.title ?? `${s.name}${label('standard')}`;
}

/** The heading of each section. */
export const SECTION_LABELS: Readonly<Record<Section, LabelKey>> = {
  header: 'header',
  history: 'versions',
  tasks: 'taskTable',
  attitudes: 'attitudes',
  notes: 'notes',
};

export function sectionTitle(section: Section): string {
  return label(SECTION_LABELS[section]);
}

/** The header as label/value pairs, in the document's order. */
export function headerPairs(s: Standard): Array<[string, string]> {
  const pairs: Array<[string, string]> = [
    [label('code'), s.code],
    [label('name'), printedName(s)],
  ];
  for (const c of s.categories) pairs.push([label('categories'), printedClassification(c)]);
  for (const o of s.occupations) pairs.push([label('occupations'), printedClassification(o)]);
  for (const i of s.industries) pairs.push([label('industries'), printedClassification(i)]);
  pairs.push([label('description'), s.description], [label('level'), printedLevel(s.level)]);
  return pairs;
}

/** What the version table says of a version known only from it, as label/value pairs. */
export function historyPairs(e: HistoryEntry): Array<[string, string]> {
  const code = entryCode(e);
  const pairs: Array<[string, string]> = [
    [label('code'), e.row.code === code ? code : `${e.row.code}（${code}）`],
    [label('name'), e.row.name],
    [label('version'), `V${e.version}`],
    [label('status'), printedStatus(e.row.status)],
    [label('note'), e.row.note],
    [label('date'), printedDate(e.row.date)],
  ];
  if (e.replacedBy !== undefined) pairs.push([label('replacedBy'), e.replacedBy]);
  pairs.push([label('listedIn'), `${e.listedIn.file}（${e.listedIn.code}）`]);
  return pairs;
}

/** The version table's column heads, as the document prints them. */
export function versionHeaders(): string[] {
  return [label('version'), label('code'), label('name'), label('status'), label('note'), label('date')];
}

export function versionCells(row: VersionRow): string[] {
  return [`V${row.version}`, row.code, row.name, printedStatus(row.status), row.note, printedDate(row.date)];
}

/** 「K01 資訊技術現況與發展趨勢」, with the row's task tags 【T1.1】【T1.5】 (old numbering). */
export function refText(ref: ResolvedRef): string {
  const tags = ref.tasks.map((t) => `【${t}】`).join('');
  return `${ref.code} ${ref.name ?? `（${label('notDefined')}）`}${tags}`;
}

/** 「O1.1.1 系統環境確認書」 */
export function codedText(item: { code: string; text: string }): string {
  return `${item.code} ${item.text}`;
}

/** A row of the task table, printed: its level, indicators and K/S with names resolved. */
export interface PrintedRow {
  level: string;
  indicators: string[];
  knowledge: string[];
  skills: string[];
}

/** A block of the task table (one task, or the tasks sharing one row), printed. */
export interface PrintedBlock {
  block: TableBlock;
  /** Whether this is the first block of its duty (the duty cell is printed there only). */
  firstOfDuty: boolean;
  duty: string;
  tasks: string[];
  /** The levels of the block's rows without repeats: 「2」, 「3、4」; '' without rows. */
  levels: string;
  outputs: string[];
  rows: PrintedRow[];
}

/** The task table in printed order, K/S names resolved from the standard-wide lists. */
export function printedBlocks(s: Standard): PrintedBlock[] {
  const kIndex = competencyIndex(s.knowledge);
  const sIndex = competencyIndex(s.skills);
  let lastDuty: unknown;
  return tableBlocks(s).map((block) => {
    const firstOfDuty = block.duty !== lastDuty;
    lastDuty = block.duty;
    const levels: Array<number | null> = [];
    for (const row of block.rows) if (!levels.includes(row.level)) levels.push(row.level);
    return {
      block,
      firstOfDuty,
      duty: `${block.duty.code} ${block.duty.title}`,
      tasks: block.tasks.map((t) => `${t.code} ${t.title}`),
      levels: levels.map(printedLevel).join('、'),
      outputs: block.outputs.map(codedText),
      rows: block.rows.map((row) => ({
        level: printedLevel(row.level),
        indicators: row.indicators.map(codedText),
        knowledge: resolveRefs(row.knowledge, kIndex).map(refText),
        skills: resolveRefs(row.skills, sIndex).map(refText),
      })),
    };
  });
}

/** 「主動積極：不需他人指示…」, or the bare name. */
export function attitudeText(a: Attitude): string {
  return a.definition === undefined || a.definition === '' ? a.name : `${a.name}：${a.definition}`;
}

const REPAIR_KINDS: Readonly<Record<string, LabelKey>> = {
  'removed-space': 'repairRemovedSpace',
  'merged-continuation-row': 'repairMergedRow',
  'split-code': 'repairSplitCode',
  'rejoined-text': 'repairRejoinedText',
  other: 'repairOther',
};

/** 「刪除多餘空白：「維 運日誌表」→「維運日誌表」」, with the note when there is one. */
export function repairText(r: Repair, arrow: string): string {
  const kind = label(REPAIR_KINDS[r.kind] ?? 'repairOther');
  const change =
    r.before !== undefined && r.after !== undefined
      ? `「${r.before}」${arrow}「${r.after}」`
      : r.before !== undefined
        ? `「${r.before}」`
        : r.after !== undefined
          ? `${arrow}「${r.after}」`
          : '';
  const detail = [change, r.note?.replace(/\s+/g, ' ').trim() ?? ''].filter((x) => x !== '').join(' ');
  return detail === '' ? kind : `${kind}：${detail}`;
}
