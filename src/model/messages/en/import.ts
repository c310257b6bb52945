/** The import messages in English. Ids: `import.<what>`; the same ids as in ../zh-Hant/import.ts. */
import type { Catalogue, Params } from '../../i18n.js';

const COLUMN: Record<string, string> = { duty: 'duty', task: 'task', outputs: 'output', indicators: 'indicator', level: 'level' };
const listAnd = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);
const list = (v: Params[string]) => (Array.isArray(v) ? listAnd(v) : String(v ?? ''));
const columns = (v: Params[string]) => (Array.isArray(v) ? listAnd((v as readonly string[]).map((c) => COLUMN[c] ?? c)) : String(v ?? ''));
const kindName = (k: Params[string]) => (k === 'K' ? '知識' : k === 'S' ? '技能' : k === 'O' ? '工作產出' : k === 'P' ? '行為指標' : String(k));

export const IMPORT_EN = {
  'import.comment.head': '{title} — transcribed from the published document ({layout} layout).',
  'import.comment.continuation': (p) =>
    `${list(p.codes)} ${Array.isArray(p.codes) && p.codes.length > 1 ? 'were' : 'was'} printed in a continuation row after the page break (repairs).`,
  'import.layout.pipe': 'pipe-table',
  'import.layout.tab': 'tab-separated',

  'import.warn.outsideText': "text outside the document's tables left out: 「{text}」",
  'import.warn.strayRow': 'a table row that belongs to no part of the document was left out: {cells}',
  'import.warn.versionRowNoCode': "the version table's row V{version} prints no code: taken as {code}",
  'import.warn.noName': 'the header fills in no name (職類 or 職業): the version table’s is used',
  'import.warn.noDescription': 'the header has no 工作描述',
  'import.warn.versionRowEmpty': 'a row of the version table names neither a version (V2) nor a code: {cells}',
  'import.warn.versionRowNoVersion': "the version table's row for {code} prints no version: taken as 1",
  'import.warn.versionRowNoStatus': "the version table's row for V{version} prints no status (最新版本 or 歷史版本)",
  'import.warn.versionRowJoined': "the version table's row V{version} has a line break inside a cell (line {line}): joined back into one row",
  'import.warn.nameTwice': 'the name is filled in twice, as {first} and as {second}: the first is kept',
  'import.warn.classNoCode': 'the {label} row 「{name}」 prints no {codeLabel}',
  'import.warn.levelNotNumber': '基準級別 「{value}」 is not a number: taken as not set',
  'import.warn.rowLevel': '職能級別 「{value}」 is not a level 1–6: taken as not set',
  'import.warn.noCode': (p) => `「${String(p.text)}」 in the ${kindName(p.kind)} column has no code: not listed; its text is kept in repairs`,
  'import.warn.refNoCode': (p) => `「${String(p.text)}」 in the ${kindName(p.kind)} column has no ${String(p.kind)} code: left out`,
  'import.warn.swallowed': "{owner}'s task cell holds its neighbour's 「{code} {text}」 (the table has the real {code}): kept in {owner}'s title, no task made of it",
  'import.warn.attitudeNoCode': '「{text}」 under 職能內涵 A has no A code: left out',
  'import.warn.noteBeforeHeading': '「{text}」 stands under 說明與補充事項 before either of its headings: kept as another note',

  'import.note.codeWithoutVersion': "the header prints the code without its version; the file's code names version {version}",
  'import.note.mergedPageBreak': (p) =>
    `A page break cut ${String(p.code)}'s row in two: the row after the repeated table head has empty ${columns(p.empty)} cells and holds ${list(p.held)}. They are ${String(p.code)}'s and were merged into its row.`,
  'import.note.mergedLineBreak': (p) =>
    `A line break at line ${String(p.line)} cut ${String(p.code)}'s row in two: the row that follows has empty ${columns(p.empty)} cells and holds ${list(p.held)}. They are ${String(p.code)}'s and were merged into its row.`,
  'import.note.rejoined': "「{text}」 was printed apart from the rest of {at}'s text (a page or line break) and was joined back to it",
  'import.note.suffixBack': "「{text}」, the end of {owner}'s text, was printed after {after}'s; the copy then repeated {code}",
  'import.note.repeated': 'The copy repeated {code} 「{text}」 in the same cell; the repetition was dropped',
  'import.note.splitGlued': "{code} was glued to the end of {prev}'s text and was split from it",
  'import.note.splitWidth': "{printed} is {code} and a text that begins with digits: this document's {kind} codes have {width} digits",
  'import.note.noCode': (p) => `printed without a code in the ${kindName(p.kind)} column; not listed (an import numbers nothing itself)`,
  'import.note.swallowed': "printed in {owner}'s cell, the text of its neighbour; the table's {code} has a row of its own, so no task was made of it",
  'import.note.attitudeLines': '{code} went on over {lines} lines (line breaks of the copy); they were joined',

  'import.error.at': '{file}:{line}: {detail}',
  'import.error.tooLong': "the text is {length} characters long: an iCAP standard's text is under {max}",
  'import.error.notDocument': 'not an iCAP competency standard (職能基準) as text: expected its tables, as pipe tables (| 主要職責 | 工作任務 | …) or tab-separated cells, and found no table row',
  'import.error.headerNoCode': "expected the header table with the standard's code (職能基準代碼 | IIS3512-001v3), found a header without a code",
  'import.error.noHeader': "expected the header table with the standard's code (職能基準代碼 | IIS3512-001v3), found none",
  'import.error.noTaskTable': 'expected the task table, whose head reads 主要職責 | 工作任務 | 工作產出 | 行為指標 | 職能級別 | 職能內涵 K | 職能內涵 S, after the header (line {header}); the text ends without one',
  'import.error.noTask': 'the task table has no task (工作任務, T1.1 …)',
  'import.error.noAttitudes': 'expected 職能內涵 (A=attitude 態度) after the task table (last row at line {table}); the text ends without it — is it cut off?',
  'import.error.noNotes': 'expected 說明與補充事項 after the attitudes (line {attitudes}); the text ends without it — is it cut off?',
  'import.error.columns': (p) =>
    `the task table's columns can't be recognised: expected ${String(p.expected)}; found ${String(p.found) || 'nothing'} (missing ${Array.isArray(p.missing) ? p.missing.join(', ') : String(p.missing)})`,
  'import.error.rowWidth': "the row has {cells} cells where the task table's head (line {head}) has {width}: expected the columns {expected}",
  'import.error.taskCode': 'expected a task code (T1.1 …) at the start of the 工作任務 cell, found 「{found}」',
  'import.error.dutyFirst': 'expected a duty (主要職責, T1 …) before the first task, found none',
  'import.error.firstTask': 'expected a task (工作任務, T1.1 …) in the first row of the task table, found an empty cell',
  'import.error.dutyCode': 'expected a duty code (T1, T2 …) at the start of the 主要職責 cell, found 「{found}」',
  'import.note.statusInferred': "the version table prints no status for V{version}: taken as {status} from the file's own version",
} satisfies Catalogue;
