/**
 * The Traditional Chinese labels of a standard's parts, as printed in iCAP documents, with their
 * English names. Every formatter takes its labels from here.
 */
export const LABELS = {
  standard: { zh: '職能基準', en: 'Competency standard' },
  code: { zh: '職能基準代碼', en: 'Code' },
  name: { zh: '職能基準名稱', en: 'Name' },
  nameKindOccupation: { zh: '職業', en: 'Occupation' },
  nameKindCategory: { zh: '職類', en: 'Job category' },
  categories: { zh: '職類別', en: 'Job category' },
  categoryCode: { zh: '職類別代碼', en: 'Category code' },
  occupations: { zh: '職業別', en: 'Occupation' },
  occupationCode: { zh: '職業別代碼', en: 'Occupation code' },
  industries: { zh: '行業別', en: 'Industry' },
  industryCode: { zh: '行業別代碼', en: 'Industry code' },
  classification: { zh: '所屬類別', en: 'Classification' },
  description: { zh: '工作描述', en: 'Job description' },
  level: { zh: '基準級別', en: 'Standard level' },
  versions: { zh: '版本', en: 'Versions' },
  version: { zh: '版本', en: 'Version' },
  status: { zh: '狀態', en: 'Status' },
  statusCurrent: { zh: '最新版本', en: 'current' },
  statusHistorical: { zh: '歷史版本', en: 'historical' },
  note: { zh: '更新說明', en: 'Change note' },
  date: { zh: '發展更新日期', en: 'Date' },
  duty: { zh: '主要職責', en: 'Duty' },
  task: { zh: '工作任務', en: 'Task' },
  outputs: { zh: '工作產出', en: 'Outputs' },
  indicators: { zh: '行為指標', en: 'Behaviour indicators' },
  taskLevel: { zh: '職能級別', en: 'Level' },
  knowledge: { zh: '職能內涵 (K=knowledge 知識)', en: 'Knowledge' },
  knowledgeShort: { zh: '知識', en: 'Knowledge' },
  skills: { zh: '職能內涵 (S=skills 技能)', en: 'Skills' },
  skillsShort: { zh: '技能', en: 'Skills' },
  attitudes: { zh: '職能內涵 (A=attitude 態度)', en: 'Attitudes' },
  attitudesShort: { zh: '態度', en: 'Attitudes' },
  notes: { zh: '說明與補充事項', en: 'Notes' },
  qualifications: {
    zh: '建議擔任此職類 / 職業之學歷 / 經驗 / 或能力條件',
    en: 'Suggested education, experience or abilities',
  },
  otherNotes: { zh: '其他補充說明', en: 'Other notes' },
  none: { zh: '無。', en: 'None.' },
  repairs: { zh: '轉錄修正', en: 'Transcription repairs' },
  levelUnset: { zh: '未訂定', en: 'not set' },
  contentNotPublished: {
    zh: '此版本的內容未收錄於目錄中，僅知版本表所載資訊。',
    en: 'The content of this version is not in the catalogue: only what the version table says is known.',
  },
  replacedBy: { zh: '取代版本', en: 'Replaced by' },
  listedIn: { zh: '載於', en: 'Listed in' },
  notDefined: { zh: '未定義', en: 'not defined' },
  noContent: { zh: '此版本無內容可顯示', en: 'Nothing to show for this version' },
  repairRemovedSpace: { zh: '刪除多餘空白', en: 'removed a space' },
  repairMergedRow: { zh: '合併跨頁續列', en: 'merged a continuation row' },
  repairSplitCode: { zh: '拆開相連代碼', en: 'split a code' },
  repairRejoinedText: { zh: '接回斷開文字', en: 'rejoined text' },
  repairOther: { zh: '其他修正', en: 'other repair' },
  // Export (matrices and sheets)
  standardColumn: { zh: '職能基準代碼', en: 'Standard' },
  dutyCode: { zh: '職責代碼', en: 'Duty code' },
  taskCode: { zh: '任務代碼', en: 'Task code' },
  competencyType: { zh: '類型', en: 'Type' },
  itemCode: { zh: '代碼', en: 'Code' },
  itemName: { zh: '名稱', en: 'Name' },
  definition: { zh: '定義', en: 'Definition' },
  matrix: { zh: '職能矩陣', en: 'Competency matrix' },
  knowledgeMatrix: { zh: '知識矩陣', en: 'Knowledge matrix' },
  skillsMatrix: { zh: '技能矩陣', en: 'Skills matrix' },
  longTable: { zh: '職能對應', en: 'Task competencies' },
  tasksSheet: { zh: '工作任務', en: 'Tasks' },
  // Kinds of text (search)
  kindName: { zh: '名稱', en: 'name' },
  kindDescription: { zh: '工作描述', en: 'description' },
  kindCategory: { zh: '職類別', en: 'category' },
  kindOccupation: { zh: '職業別', en: 'occupation' },
  kindIndustry: { zh: '行業別', en: 'industry' },
  kindDuty: { zh: '主要職責', en: 'duty' },
  kindTask: { zh: '工作任務', en: 'task' },
  kindOutput: { zh: '工作產出', en: 'output' },
  kindIndicator: { zh: '行為指標', en: 'indicator' },
  kindKnowledge: { zh: '知識', en: 'knowledge' },
  kindSkill: { zh: '技能', en: 'skill' },
  kindAttitude: { zh: '態度', en: 'attitude' },
  kindQualification: { zh: '學經歷條件', en: 'qualification' },
  kindNote: { zh: '補充說明', en: 'note' },
  repairAt: { zh: '位置', en: 'At' },
  repairKind: { zh: '修正', en: 'Repair' },
  repairBefore: { zh: '轉錄原文', en: 'As copied' },
  repairAfter: { zh: '修正後', en: 'Repaired' },
  repairNote: { zh: '說明', en: 'Note' },
  // Diff
  diffAdded: { zh: '新增', en: 'added' },
  diffRemoved: { zh: '刪除', en: 'removed' },
  diffModified: { zh: '修訂', en: 'modified' },
  diffRenumbered: { zh: '重新編碼', en: 'renumbered' },
  diffMoved: { zh: '移動', en: 'moved' },
  diffLink: { zh: '職能內涵連結', en: 'K/S link' },
  diffHeader: { zh: '基本資料', en: 'Header' },
  diffEquivalent: { zh: '等價：舊版對應的課程仍適用', en: 'equivalent: courses mapped to the old version still hold' },
  diffNotEquivalent: { zh: '不等價：有新增、刪除或級別變更', en: 'not equivalent: something was added or removed, or a level changed' },
  diffUnknown: { zh: '無法判定：有一方的內容不在目錄中', en: "unknown: one side's content is not in the catalogue" },
  diffMajor: { zh: '重大', en: 'major' },
  diffMinor: { zh: '次要', en: 'minor' },
  diffPatch: { zh: '修正', en: 'patch' },
  diffNoChanges: { zh: '內容無異動。', en: 'No changes.' },
  diffMissingContent: {
    zh: ' 的內容不在目錄中（僅見於版本表）：只能比較名稱、日期與狀態，無法比較職責、任務與職能內涵。',
    en: ': content not in the catalogue (known only from a version table): only name, date and status can be compared, not duties, tasks or competencies.',
  },
  nameKind: { zh: '名稱類型', en: 'Name kind' },
  levelShort: { zh: '級別', en: 'Level' },
  diffFrom: { zh: '舊版', en: 'From' },
  diffTo: { zh: '新版', en: 'To' },
  diffKind: { zh: '異動', en: 'Change' },
  diffElement: { zh: '項目', en: 'Element' },
  diffBefore: { zh: '修訂前', en: 'Before' },
  diffAfter: { zh: '修訂後', en: 'After' },
  field: { zh: '項目', en: 'Field' },
  value: { zh: '內容', en: 'Value' },
  kind: { zh: '類型', en: 'Kind' },
  text: { zh: '內容', en: 'Text' },
  match: { zh: '符合處', en: 'Match' },
  score: { zh: '相似度', en: 'Score' },
  rule: { zh: '規則', en: 'Rule' },
  severity: { zh: '嚴重度', en: 'Severity' },
  checks: { zh: '檢查內容', en: 'Checks' },
  group: { zh: '組別', en: 'Group' },
  onlyIn: { zh: '僅見於一方', en: 'only' },
  dateShort: { zh: '日期', en: 'Date' },
  historyOnly: { zh: '僅版本表', en: 'version table only' },
  content: { zh: '內容', en: 'Content' },
  file: { zh: '檔案', en: 'File' },
  yes: { zh: '有', en: 'yes' },
  no: { zh: '無', en: 'no' },
  title: { zh: '標題', en: 'Title' },
} as const;

export type LabelKey = keyof typeof LABELS;
export type Lang = 'zh' | 'en';

export function label(key: LabelKey, lang: Lang = 'zh'): string {
  return LABELS[key][lang];
}

/** The labels in a reader's language (`zh-Hant` or `en`, as the CLI's --lang gives it). */
export function labelIn(lang: 'zh-Hant' | 'en'): (key: LabelKey) => string {
  const l: Lang = lang === 'en' ? 'en' : 'zh';
  return (key) => LABELS[key][l];
}

/** 職能級別 1–6: the official definitions, condensed (FORMAT.md). */
export const LEVEL_DEFINITIONS: Readonly<Record<number, { zh: string; en: string }>> = {
  1: {
    zh: '能夠在可預計及有規律的情況中，在密切監督及清楚指示下，執行常規性及重複性的工作。',
    en: 'Routine, repetitive work in predictable situations, under close supervision.',
  },
  2: {
    zh: '能夠在大部分可預計及有規律的情況中，在經常性監督下，按指導進行需要某些判斷及理解性的工作。',
    en: 'Work needing some judgement, in mostly predictable situations, under regular supervision.',
  },
  3: {
    zh: '能夠在部分變動及非常規性的情況中，在一般監督下，獨立完成工作。',
    en: 'Independent work in partly changing, non-routine situations, under general supervision.',
  },
  4: {
    zh: '能夠在經常變動的情況中，在少許監督下，獨立執行涉及規劃設計且需要熟練技巧的工作。',
    en: 'Planning and design work needing skilled technique, in often-changing situations, under little supervision.',
  },
  5: {
    zh: '能夠在複雜變動的情況中，在最少監督下，自主完成工作。',
    en: 'Autonomous work in complex, changing situations, with minimal supervision.',
  },
  6: {
    zh: '能夠在高度複雜變動的情況中，應用整合的專業知識與技術，獨立完成專業與創新的工作。',
    en: 'Professional and innovative work in highly complex situations; strategic decisions and originality.',
  },
};
