/**
 * A document's text → a Standard: the parts in their order (title, version table, header, task
 * table, attitudes, 說明與補充事項), in either layout. Bad input is an InputError naming what was
 * expected and the line.
 */
import { InputError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import type { Row, Standard, VersionRow } from '../model/schema.js';
import { STATUS_NOT_PRINTED, asStandardCode, headerRow, isHeaderLabel, isVersionHead, versionOfCode, versionRow, type Header } from './header.js';
import { detectLayout, isBlank, isSeparator, isTableLine, isTabRow, readRow, startsNewSection, tabCells, toLines, type Layout, type Line, type TableRow } from './lines.js';
import { Journal, type ImportWarning } from './repairs.js';
import { Attitudes, isAttitudesHeading, isNotesHeading, Notes, stripBullet } from './tail.js';
import { isSubHead, isTaskHead, TaskTable } from './tasks.js';
import { joinCut } from './text.js';
import { DEFAULT_LANG, type Lang } from '../model/i18n.js';
import { t } from '../model/messages/index.js';

export interface ImportResult {
  standard: Standard;
  warnings: ImportWarning[];
  layout: Layout;
  /** Comments for the serializer: above a key of a row that took in a continuation row. */
  comments: Map<Row, { key: string; text: string }>;
  /** The document line each element of the standard was read from, and of each part of the document. */
  lines: { of: ReadonlyMap<object, number>; parts: Readonly<Record<string, number>> };
}

/** Real documents are 5–60 KB of text; past this it is not one. */
export const MAX_TEXT_CHARS = 2_000_000;

type State = 'start' | 'versions' | 'header' | 'tasks' | 'attitudes' | 'notes';

/** A page number or running footer a PDF copy leaves between rows: 「- 3 -」, 「第 3 頁」, 「3/12」. */
function isPageMark(raw: string): boolean {
  return /^\s*(?:[-–—]\s*[0-9]+\s*[-–—]|第\s*[0-9]+\s*頁(?:\s*[/，,]?\s*共\s*[0-9]+\s*頁)?|[0-9]+\s*\/\s*[0-9]+|[0-9]{1,3}|page\s*[0-9]+)\s*$/i.test(raw);
}

export function importStandard(text: string, file = '<input>', lang: Lang = DEFAULT_LANG): ImportResult {
  try {
    return importText(text, lang);
  } catch (e) {
    if (e instanceof InputError && e.msg !== undefined && e.msg.id.startsWith('import.error.')) {
      // What was expected, in the run's language, at the document's line.
      throw new InputError(msg('import.error.at', { file, line: e.msg.params?.line ?? 1, detail: t(lang, e.msg) }));
    }
    throw e;
  }
}

/** What reading a document gives: its parts, and the lines where each began. */
interface Parts {
  title: string | undefined;
  titleLine: number | undefined;
  header: Header;
  versions: VersionRow[];
  table: TaskTable;
  attitudes: Attitudes;
  notes: Notes;
  versionHead: number | undefined;
  headerLine: number | undefined;
  attitudesLine: number | undefined;
  notesLine: number | undefined;
  tableEnd: number;
}

/** A document found whole: its code as printed in the header, and where attitudes and notes begin. */
interface Whole {
  code: string;
  attitudesLine: number;
  notesLine: number;
}

/**
 * A document's text → a Standard, in three steps: read the lines into the parts (`readParts`),
 * check that the whole document is there (`checkWhole`), and put the standard together
 * (`assemble`).
 */
function importText(text: string, lang: Lang): ImportResult {
  if (text.length > MAX_TEXT_CHARS) throw new InputError(msg('import.error.tooLong', { line: 1, length: text.length, max: MAX_TEXT_CHARS }));
  const lines = toLines(text);
  const layout = detectLayout(lines);
  if (layout === undefined) {
    throw new InputError(msg('import.error.notDocument', { line: 1 }));
  }
  const journal = new Journal(lang);
  const parts = readParts(lines, layout, journal);
  return assemble(parts, checkWhole(parts, lines.length), layout, journal);
}

/** The parts of the document in their order: title, version table, header, task table, attitudes, notes. */
function readParts(lines: readonly Line[], layout: Layout, journal: Journal): Parts {
  const header: Header = { categories: [], occupations: [], industries: [] };
  const versions: VersionRow[] = [];
  const table = new TaskTable(journal);
  const attitudes = new Attitudes(journal);
  const notes = new Notes(journal);
  let title: string | undefined;
  let titleLine: number | undefined;
  let state: State = 'start';
  let versionHead: number | undefined;
  let versionWidth = 0;
  let headerLine: number | undefined;
  let attitudesLine: number | undefined;
  let notesLine: number | undefined;
  let tableEnd = 0;

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const raw = line.raw;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const plain = raw.replace(/[|\t]/g, ' ');
    if (state !== 'notes' && isAttitudesHeading(plain)) {
      state = 'attitudes';
      attitudesLine = line.no;
      i++;
      continue;
    }
    if (isNotesHeading(plain)) {
      state = 'notes';
      notesLine = line.no;
      i++;
      continue;
    }
    if (state === 'attitudes') {
      attitudes.line(raw, line.no);
      i++;
      continue;
    }
    if (state === 'notes') {
      notes.line(raw, line.no);
      i++;
      continue;
    }
    if (!isTableLine(raw)) {
      i++;
      if (isPageMark(raw)) continue;
      const t = stripBullet(raw);
      if (state === 'start') {
        if (title === undefined && /職能基準/.test(t)) {
          title = journal.text('title', t);
          titleLine = line.no;
        }
      } else if (state === 'header' && header.last !== undefined) {
        // A line break inside the description (or the name) cell.
        if (header.last === 'description') header.description = joinCut(header.description ?? '', t);
        else header.name = joinCut(header.name ?? '', t);
      } else journal.warn(line.no, msg('import.warn.outsideText', { text: t.slice(0, 30) }));
      continue;
    }
    if (isSeparator(raw)) {
      i++;
      continue;
    }
    const read = readRow(lines, i, state === 'tasks' ? table.columns : undefined)!;
    let next = read.next;
    const row = read.row;
    if (state === 'tasks' && layout === 'tab') next = absorbOverflow(lines, next, row);
    if (state === 'versions' && layout === 'tab' && versionWidth > 0) next = joinVersionRow(lines, next, row, versionWidth, journal);
    i = next;
    if (isTaskHead(row.cells)) {
      let sub;
      let j = i;
      while (j < lines.length && (isBlank(lines[j]!) || isSeparator(lines[j]!.raw))) j++;
      if (j < lines.length && isTableLine(lines[j]!.raw)) {
        const peek = readRow(lines, j);
        if (peek && isSubHead(peek.row.cells)) {
          sub = peek.row;
          i = peek.next;
        }
      }
      table.head(row, sub);
      state = 'tasks';
      continue;
    }
    if (state === 'tasks') {
      table.row(row);
      tableEnd = row.endLine;
      continue;
    }
    if (isVersionHead(row.cells)) {
      state = 'versions';
      versionHead = row.line;
      versionWidth = row.cells.length;
      continue;
    }
    if (state === 'versions' && !row.cells.some((c) => isHeaderLabel(c))) {
      const v = versionRow(row, journal);
      if (v) versions.push(v);
      continue;
    }
    if (headerRow(row, header, journal)) {
      state = 'header';
      headerLine ??= row.line;
      continue;
    }
    const filled = row.cells.filter((c) => c !== '');
    if (state === 'header' && header.last !== undefined && filled.length === 1) {
      if (header.last === 'description') header.description = joinCut(header.description ?? '', filled[0]!);
      else header.name = joinCut(header.name ?? '', filled[0]!);
      continue;
    }
    if (filled.length > 0) journal.warn(row.line, msg('import.warn.strayRow', { cells: filled.join(' | ').slice(0, 60) }));
  }

  return { title, titleLine, header, versions, table, attitudes, notes, versionHead, headerLine, attitudesLine, notesLine, tableEnd };
}

/**
 * What a whole document has, in order; a missing part means another document or a cut one.
 * Returns what is then known to be there: the code as printed, and where attitudes and notes begin.
 */
function checkWhole(parts: Parts, last: number): Whole {
  const { header, versions, table, versionHead, headerLine, attitudesLine, notesLine, tableEnd } = parts;
  if (header.code === undefined) {
    const line = headerLine ?? (versionHead !== undefined ? versionHead + versions.length + 1 : 1);
    throw new InputError(msg(headerLine !== undefined ? 'import.error.headerNoCode' : 'import.error.noHeader', { line }));
  }
  if (!table.started) {
    throw new InputError(msg('import.error.noTaskTable', { line: last, header: headerLine ?? 1 }));
  }
  if (table.taskCount === 0) throw new InputError(msg('import.error.noTask', { line: tableEnd || last }));
  if (attitudesLine === undefined) {
    throw new InputError(msg('import.error.noAttitudes', { line: last, table: tableEnd }));
  }
  if (notesLine === undefined) {
    throw new InputError(msg('import.error.noNotes', { line: last, attitudes: attitudesLine }));
  }

  return { code: header.code, attitudesLine, notesLine };
}

/** The standard from its parts, with where each part began in the document. */
function assemble(read: Parts, whole: Whole, layout: Layout, journal: Journal): ImportResult {
  const { title, titleLine, header, versions, table, attitudes, notes, versionHead, headerLine } = read;
  const { code: headerCode, attitudesLine, notesLine } = whole;
  const printed = asStandardCode(headerCode) ?? headerCode;
  const current = versions.find((v) => v.status === 'current');
  const version = versionOfCode(printed) ?? versions.find((v) => v.code === printed)?.version ?? current?.version ?? 1;
  let code = printed;
  if (versionOfCode(printed) === undefined && asStandardCode(printed) !== undefined) {
    // v1 is at times printed without its `v1`: the file's code names its version.
    code = `${printed}v${version}`;
    journal.add({ at: 'code', kind: 'other', before: printed, after: code, note: journal.say(msg('import.note.codeWithoutVersion', { version })) });
  }
  // A row that prints no status is not made historical by default: the file's own version, when no
  // other row is current, is the current one (a status 「略」 where 最新版本 belongs).
  for (const v of versions) {
    if (!STATUS_NOT_PRINTED.has(v)) continue;
    const inferred = v.version === version && !versions.some((o) => o !== v && o.status === 'current') ? 'current' : 'historical';
    v.status = inferred;
    journal.add({ at: `versions.V${v.version}.status`, kind: 'other', after: inferred, note: journal.say(msg('import.note.statusInferred', { version: v.version, status: inferred })) });
  }
  for (const v of versions) {
    if (v.code !== '') continue;
    // A row whose code cell is empty or cut: the code is the standard's, with the row's version.
    v.code = `${code.replace(/v[0-9]+$/i, '')}v${v.version}`;
    journal.warn(versionHead ?? 1, msg('import.warn.versionRowNoCode', { version: v.version, code: v.code }));
  }
  if (header.name === undefined) journal.warn(header.codeLine ?? 1, msg('import.warn.noName'));
  const name = header.name ?? versions.find((v) => v.version === version)?.name ?? title?.replace(/職能基準$/, '') ?? '';
  if (header.description === undefined) journal.warn(headerLine ?? 1, msg('import.warn.noDescription'));
  const description = journal.text('description', header.description ?? '');
  const attitudeList = attitudes.finish();
  const tasks = table.result();
  const standard: Standard = {
    code,
    version,
    name,
    nameKind: header.nameKind ?? 'occupation',
    ...(title !== undefined ? { title } : {}),
    versions,
    categories: header.categories,
    occupations: header.occupations,
    industries: header.industries,
    description,
    level: header.level ?? null,
    duties: tasks.duties,
    knowledge: tasks.knowledge,
    skills: tasks.skills,
    attitudes: attitudeList,
    notes: { qualifications: notes.qualifications, other: notes.other },
    // What the file is: a transcription, kept as published (validate reports its defects as the publication's).
    source: { kind: 'transcription', document: title !== undefined ? `${title} (${code})` : code, date: versions.find((v) => v.version === version)?.date ?? null },
    repairs: journal.repairs,
  };
  const parts: Record<string, number> = {};
  const head = header.codeLine ?? headerLine ?? 1;
  for (const key of ['code', 'version', 'name', 'nameKind', 'categories', 'occupations', 'industries', 'description', 'level']) parts[key] = key === 'code' || key === 'version' ? head : (headerLine ?? head);
  parts.versions = versionHead ?? head;
  parts.duties = table.headLineNo || head;
  parts.knowledge = parts.duties;
  parts.skills = parts.duties;
  parts.attitudes = attitudesLine;
  parts.notes = notesLine;
  if (title !== undefined) parts.title = titleLine ?? 1;
  return { standard, warnings: journal.warnings, layout, comments: tasks.comments, lines: { of: journal.where, parts } };
}

/**
 * In a tab-separated version table, a line break inside a cell ends the line before the row's end:
 * the rest of the row (status, note, date) is on the next line(s), which do not start a row of
 * their own. They are joined back, up to the head's width.
 */
function joinVersionRow(lines: readonly Line[], next: number, row: TableRow, width: number, journal: Journal): number {
  let j = next;
  const opensRow = (cells: readonly string[]) =>
    cells.length === 0 || /^[vV]\s*[0-9]{1,3}$/.test(cells[0]!) || asStandardCode(cells[0]!) !== undefined || isHeaderLabel(cells[0]!) || isVersionHead(cells);
  while (j < lines.length && row.cells.length < width) {
    const raw = lines[j]!.raw;
    if (isBlank(lines[j]!) || startsNewSection(raw) || isAttitudesHeading(raw) || isNotesHeading(raw) || isPageMark(raw)) break;
    const more = isTabRow(raw) ? tabCells(raw) : [raw.trim()];
    if (opensRow(more) || row.cells.length + more.length - 1 > width) break;
    const last = row.cells.length - 1;
    row.cells[last] = joinCut(row.cells[last]!, more[0]!);
    row.cells.push(...more.slice(1));
    row.endLine = lines[j]!.no;
    j++;
  }
  if (j > next) journal.warn(row.line, msg('import.warn.versionRowJoined', { version: (row.cells.find((c) => /^[vV]\s*[0-9]/.test(c)) ?? '?').replace(/^[vV]\s*/, ''), line: row.endLine }));
  return j;
}

/**
 * In a tab-separated table, a line break inside the row's last cell leaves its rest on lines
 * without tabs: they belong to that cell, up to a blank line, a new row or a heading.
 */
function absorbOverflow(lines: readonly Line[], next: number, row: { cells: string[]; endLine: number }): number {
  let j = next;
  while (j < lines.length) {
    const raw = lines[j]!.raw;
    if (isBlank(lines[j]!) || isTableLine(raw) || startsNewSection(raw) || isAttitudesHeading(raw) || isNotesHeading(raw) || isPageMark(raw)) break;
    let k = row.cells.length - 1;
    while (k > 0 && row.cells[k] === '') k--;
    row.cells[k] = `${row.cells[k]}\n${raw.trim()}`;
    row.endLine = lines[j]!.no;
    j++;
  }
  return j;
}
