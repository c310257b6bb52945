/** What the text and markdown views of a standard share: printed forms of codes, dates, names. */
import type { HistoryEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { label } from '../../model/labels.js';
import type { ClassificationRow, Standard, VersionRow } from '../../model/schema.js';
import type { ResolvedRef } from '../../model/standard.js';

/** 2024-12-15 → 2024/12/15, as the documents print it. */
export function printedDate(date: string | null): string {
  return date === null ? '' : date.replace(/-/g, '/');
}

export function printedStatus(status: VersionRow['status']): string {
  return label(status === 'current' ? 'statusCurrent' : 'statusHistorical');
}

export function printedLevel(level: number | null): string {
  return level === null ? label('levelUnset') : String(level);
}

export function printedStatusIn(status: VersionRow['status'], lang: 'zh-Hant' | 'en'): string {
  return label(status === 'current' ? 'statusCurrent' : 'statusHistorical', lang === 'en' ? 'en' : 'zh');
}

export function printedLevelIn(level: number | null, lang: 'zh-Hant' | 'en'): string {
  return level === null ? label('levelUnset', lang === 'en' ? 'en' : 'zh') : String(level);
}

/** 雲端支援服務人員（職業） */
export function printedName(s: Standard): string {
  return `${s.name}（${label(s.nameKind === 'occupation' ? 'nameKindOccupation' : 'nameKindCategory')}）`;
}

/** 資訊科技 / 資訊支援與服務（IIS） */
export function printedClassification(row: ClassificationRow): string {
  return `${row.name}（${row.code}）`;
}

/** Label/value pairs of the header, in the document's order. */
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

/** Label/value pairs of what a version table says of a history-only version. */
export function historyPairs(e: HistoryEntry): Array<[string, string]> {
  const pairs: Array<[string, string]> = [
    [label('code'), entryCode(e)],
    [label('name'), e.row.name],
    [label('version'), `V${e.version}`],
    [label('status'), printedStatus(e.row.status)],
    [label('note'), e.row.note],
    [label('date'), printedDate(e.row.date)],
  ];
  if (e.replacedBy) pairs.push([label('replacedBy'), e.replacedBy]);
  pairs.push([label('listedIn'), `${e.listedIn.file}（${e.listedIn.code} 版本表）`]);
  return pairs;
}

export const HISTORY_COLUMNS = ['version', 'code', 'name', 'status', 'note', 'date'] as const;

export function historyCells(row: VersionRow): string[] {
  return [`V${row.version}`, row.code, row.name, printedStatus(row.status), row.note, printedDate(row.date)];
}

/** 「K01 資訊技術現況與發展趨勢」, with the row's task tags 【T1.1】、【T1.5】 (old numbering). */
export function refText(ref: ResolvedRef): string {
  const tags = ref.tasks.map((t) => `【${t}】`).join('、');
  return `${ref.code} ${ref.name ?? `（${label('notDefined')}）`}${tags}`;
}

const REPAIR_LABELS = {
  'removed-space': 'repairRemovedSpace',
  'merged-continuation-row': 'repairMergedRow',
  'split-code': 'repairSplitCode',
  'rejoined-text': 'repairRejoinedText',
  other: 'repairOther',
} as const;

/** 「刪除多餘空白」 for `removed-space`. */
export function printedRepairKind(kind: keyof typeof REPAIR_LABELS): string {
  return label(REPAIR_LABELS[kind]);
}

/** The title line: the document's title, or the name + 職能基準. */
export function titleOf(s: Standard): string {
  return s.title ?? `${s.name}${label('standard')}`;
}
