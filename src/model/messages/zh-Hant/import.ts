/** The import messages in Traditional Chinese. Ids: `import.<what>`; the same ids as in ../en/import.ts. */
import type { Catalogue, Params } from '../../i18n.js';

const COLUMN: Record<string, string> = { duty: '主要職責', task: '工作任務', outputs: '工作產出', indicators: '行為指標', level: '職能級別' };
const list = (v: Params[string]) => (Array.isArray(v) ? v.join('、') : String(v ?? ''));
const columns = (v: Params[string]) => (Array.isArray(v) ? (v as readonly string[]).map((c) => COLUMN[c] ?? c).join('、') : String(v ?? ''));
const kindName = (k: Params[string]) => (k === 'K' ? '知識' : k === 'S' ? '技能' : k === 'O' ? '工作產出' : k === 'P' ? '行為指標' : String(k));

export const IMPORT_ZH = {
  'import.comment.head': '{title}：由已發布文件轉錄（{layout}版面）。',
  'import.comment.continuation': (p) => `${list(p.codes)} 印在分頁後的延續列（見 repairs）。`,
  'import.layout.pipe': '管線表格',
  'import.layout.tab': '定位字元分隔',

  'import.warn.outsideText': '文件表格外的文字未納入：「{text}」',
  'import.warn.strayRow': '不屬於文件任何部分的表格列未納入：{cells}',
  'import.warn.versionRowNoCode': '版本表的 V{version} 列沒有印出代碼：視為 {code}',
  'import.warn.noName': '表頭沒有填寫名稱（職類或職業）：採用版本表中的名稱',
  'import.warn.noDescription': '表頭沒有工作描述',
  'import.warn.versionRowEmpty': '版本表的一列既無版本（V2）也無代碼：{cells}',
  'import.warn.versionRowNoVersion': '版本表中 {code} 的列沒有印出版本：視為 1',
  'import.warn.versionRowNoStatus': '版本表的 V{version} 列沒有印出狀態（最新版本或歷史版本）',
  'import.warn.versionRowJoined': '版本表的 V{version} 列在儲存格中換行（第 {line} 行）：已接回同一列',
  'import.warn.nameTwice': '名稱填了兩次，分別為{first}與{second}：保留第一個',
  'import.warn.classNoCode': '{label}列「{name}」沒有印出{codeLabel}',
  'import.warn.levelNotNumber': '基準級別「{value}」不是數字：視為未訂定',
  'import.warn.rowLevel': '職能級別「{value}」不是 1–6 的級別：視為未訂定',
  'import.warn.noCode': (p) => `${kindName(p.kind)}欄中的「${String(p.text)}」沒有代碼：未列入清單，原文記於 repairs`,
  'import.warn.refNoCode': (p) => `${kindName(p.kind)}欄中的「${String(p.text)}」沒有 ${String(p.kind)} 代碼：未納入`,
  'import.warn.swallowed': '{owner} 的工作任務儲存格含有鄰格的「{code} {text}」（表中另有真正的 {code}）：保留原文於 {owner} 的名稱中，不另立任務',
  'import.warn.attitudeNoCode': '職能內涵 A 下的「{text}」沒有 A 代碼：未納入',
  'import.warn.noteBeforeHeading': '「{text}」位於說明與補充事項中、兩個小標題之前：列為其他補充說明',

  'import.note.codeWithoutVersion': '表頭印出的代碼沒有版本；檔案代碼標明版本 {version}',
  'import.note.mergedPageBreak': (p) =>
    `分頁把 ${String(p.code)} 的列切成兩段：重複表頭後的那一列，${columns(p.empty)}欄為空，含有 ${list(p.held)}。它們屬於 ${String(p.code)}，已併回其列。`,
  'import.note.mergedLineBreak': (p) =>
    `第 ${String(p.line)} 行的換行把 ${String(p.code)} 的列切成兩段：其後一列的${columns(p.empty)}欄為空，含有 ${list(p.held)}。它們屬於 ${String(p.code)}，已併回其列。`,
  'import.note.rejoined': '「{text}」與 {at} 其餘的文字分開印出（分頁或換行），已接回',
  'import.note.suffixBack': '「{text}」是 {owner} 文字的結尾，印在 {after} 之後；複製時又重複了 {code}',
  'import.note.repeated': '複製時在同一格重複了 {code}「{text}」；已刪除重複',
  'import.note.splitGlued': '{code} 黏在 {prev} 文字的結尾，已分開',
  'import.note.splitWidth': '{printed} 是 {code} 加上以數字開頭的文字：本文件的 {kind} 代碼為 {width} 位數',
  'import.note.noCode': (p) => `${kindName(p.kind)}欄中這段文字印出時沒有代碼，未列入清單（匯入不自行編碼）`,
  'import.note.swallowed': '這段印在 {owner} 的儲存格中，是鄰格的文字；表中的 {code} 另有其列，故不另立任務',
  'import.note.attitudeLines': '{code} 跨 {lines} 行（複製造成的換行），已接合',

  'import.error.at': '{file}:{line}: {detail}',
  'import.error.tooLong': '文字長 {length} 個字元：一份 iCAP 職能基準的文字少於 {max}',
  'import.error.notDocument': '不是文字形式的 iCAP 職能基準：預期有其表格（管線表格 | 主要職責 | 工作任務 | … 或定位字元分隔的儲存格），但找不到任何表格列（no table row）',
  'import.error.headerNoCode': '預期有含職能基準代碼的表頭（職能基準代碼 | IIS3512-001v3），但表頭沒有代碼',
  'import.error.noHeader': '預期有含職能基準代碼的表頭（職能基準代碼 | IIS3512-001v3），但沒有找到',
  'import.error.noTaskTable': '預期在表頭（第 {header} 行）之後有工作任務表，其表頭為 主要職責 | 工作任務 | 工作產出 | 行為指標 | 職能級別 | 職能內涵 K | 職能內涵 S；文字結束時仍未出現',
  'import.error.noTask': '工作任務表中沒有任何工作任務（T1.1 …）',
  'import.error.noAttitudes': '預期在工作任務表（最後一列在第 {table} 行）之後有職能內涵 (A=attitude 態度)；文字結束時仍未出現——是否被截斷？',
  'import.error.noNotes': '預期在態度（第 {attitudes} 行）之後有說明與補充事項；文字結束時仍未出現——是否被截斷？',
  'import.error.columns': (p) =>
    `無法辨識工作任務表的欄位：預期 ${String(p.expected)}；找到 ${String(p.found) || '（無）'}（缺少 ${list(p.missing)}）`,
  'import.error.rowWidth': '此列有 {cells} 格，但工作任務表的表頭（第 {head} 行）有 {width} 格：預期欄位 {expected}',
  'import.error.taskCode': '預期工作任務儲存格以任務代碼（T1.1 …）開頭，找到「{found}」',
  'import.error.dutyFirst': '預期第一個任務之前有主要職責（T1 …），但沒有',
  'import.error.firstTask': '預期工作任務表的第一列有工作任務（T1.1 …），但儲存格是空的',
  'import.error.dutyCode': '預期主要職責儲存格以職責代碼（T1、T2 …）開頭，找到「{found}」',
  'import.note.statusInferred': (p: Params) => `版本表未印出 V${String(p.version)} 的狀態：依本檔版本推定為${p.status === 'current' ? '最新版本' : '歷史版本'}`,
} satisfies Catalogue;
