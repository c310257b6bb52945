/**
 * A standard in the terminal, the way a reader of the printed document expects it: title,
 * header, version table, task table, attitudes, notes (and the transcription repairs). Everything
 * is measured by display width (a CJK character takes two columns) and every line fits `width`.
 *
 * From TABLE_MIN_WIDTH columns up the task table is drawn with 7 columns like the document, the
 * duty cell spanning its tasks; narrower, each task becomes a card: its duty, the task with its
 * level, then labelled lines with hanging indents.
 */
import type { CatalogEntry, HistoryEntry, PublishedEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { label } from '../../model/labels.js';
import type { Standard } from '../../model/schema.js';
import { displayWidth, hang, padEnd, renderTable, tableMinWidth, wrap, type Border, type TableColumn } from '../layout.js';
import type { Style } from '../style.js';
import {
  attitudeText,
  headerPairs,
  historyPairs,
  printedBlocks,
  repairText,
  sectionTitle,
  titleOf,
  versionCells,
  versionHeaders,
  type PrintedBlock,
  type PrintedRow,
} from './common.js';
import type { ShowFormatOptions } from './options.js';
import { orderedSections, type Section } from './sections.js';

/** From this width up the task table is a table; below it, a card per task. */
export const TABLE_MIN_WIDTH = 120;

/** The narrowest width laid out; narrower requests get this. */
const MIN_WIDTH = 24;

const INDENT = '  ';

/** Glyphs by border: `ascii` avoids every character a CJK terminal may draw double-wide. */
function glyphs(border: Border) {
  return border === 'unicode' ? { title: '═', rule: '─', arrow: '→', notice: '※' } : { title: '=', rule: '-', arrow: '->', notice: '＊' };
}

interface Ctx {
  width: number;
  border: Border;
  style: Style;
  g: ReturnType<typeof glyphs>;
}

/** Wraps `text` hanging after `prefix`; `lead`, where the first line starts with it, is styled. */
function hanging(prefix: string, text: string, width: number, lead: string, style: (s: string) => string): string[] {
  const lines = hang(prefix, text, width);
  const first = lines[0]!;
  if (lead === '' || !first.startsWith(prefix) || !first.slice(prefix.length).startsWith(lead)) return lines;
  return [prefix + style(lead) + first.slice(prefix.length + lead.length), ...lines.slice(1)];
}

/** 「P1.1.1 依使用者…」 after `prefix`, the text hanging after its code (the code styled). */
function coded(prefix: string, text: string, c: Ctx): string[] {
  const m = /^(\S+) (.*)$/s.exec(text);
  if (!m || displayWidth(m[1]!) > 12) return hang(prefix, text, c.width);
  return hang(`${prefix}${c.style.code(m[1]!)} `, m[2]!, c.width);
}

function heading(title: string, c: Ctx): string[] {
  const lines = wrap(title, c.width);
  const rule = Math.min(c.width, Math.max(...lines.map(displayWidth)));
  return [...lines.map((l) => c.style.heading(l)), c.style.dim(c.g.rule.repeat(rule))];
}

/** 「雲端支援服務人員職能基準　IIS3512-001v3」 over a double rule. */
function titleBlock(title: string, code: string, c: Ctx): string[] {
  const lines =
    displayWidth(`${title}　${code}`) <= c.width
      ? [`${c.style.heading(title)}　${c.style.code(code)}`]
      : [...wrap(title, c.width).map((l) => c.style.heading(l)), ...wrap(code, c.width).map((l) => c.style.code(l))];
  const rule = Math.min(c.width, Math.max(...lines.map(displayWidth)));
  return [...lines, c.style.dim(c.g.title.repeat(rule))];
}

/** Label/value lines: a column of labels, the values hanging after it. */
function pairs(list: ReadonlyArray<readonly [string, string]>, c: Ctx): string[] {
  const labelWidth = Math.max(0, ...list.map(([l]) => displayWidth(l))) + 2;
  return list.flatMap(([l, v]) => hang(INDENT + c.style.dim(padEnd(l, labelWidth)), v, c.width));
}

function indented(table: string): string[] {
  return table.split('\n').map((l) => INDENT + l);
}

// ---------------------------------------------------------------------------------------------

function headerSection(s: Standard, c: Ctx): string[] {
  return pairs(headerPairs(s), c);
}

function historySection(s: Standard, c: Ctx): string[] {
  if (s.versions.length === 0) return [INDENT + label('none')];
  const columns: TableColumn[] = versionHeaders().map((header, i) => ({ header, minWidth: i === 3 ? 8 : i === 5 ? 10 : undefined }));
  const rows = s.versions.map(versionCells);
  const maxWidth = c.width - INDENT.length;
  if (tableMinWidth(columns, rows) <= maxWidth) {
    return indented(renderTable({ columns, rows, border: c.border, maxWidth, style: c.style, rowRules: false }));
  }
  // Too narrow for the table: a short paragraph per version.
  return s.versions.flatMap((row) => {
    const [version, code, name, status, note, date] = versionCells(row) as [string, string, string, string, string, string];
    const sub = ' '.repeat(INDENT.length + displayWidth(version) + 1);
    return [
      ...hang(`${INDENT}${c.style.code(version)} `, `${code}　${name}`, c.width),
      ...hang(sub, [status, date].filter((x) => x !== '').join('　'), c.width),
      ...hang(sub, `${label('note')}：${note}`, c.width),
    ];
  });
}

function taskTable(blocks: readonly PrintedBlock[], c: Ctx): string[] {
  const rows: string[][] = [];
  const merged: number[] = [];
  for (const b of blocks) {
    const blockRows: Array<PrintedRow | undefined> = b.rows.length > 0 ? b.rows : [undefined];
    blockRows.forEach((row, i) => {
      rows.push([
        i === 0 && b.firstOfDuty ? b.duty : '',
        i === 0 ? b.tasks.join('\n') : '',
        i === 0 ? b.outputs.join('\n') : '',
        row ? row.indicators.join('\n') : '',
        row ? row.level : '',
        row ? row.knowledge.join('\n') : '',
        row ? row.skills.join('\n') : '',
      ]);
      // The duty cell spans its tasks; a task's cells (task, outputs) span its rows.
      merged.push(i > 0 ? 3 : b.firstOfDuty ? 0 : 1);
    });
  }
  const columns: TableColumn[] = [
    { header: label('duty'), codes: true },
    { header: label('task'), codes: true },
    { header: label('outputs'), codes: true },
    { header: label('indicators'), codes: true, minWidth: 16 },
    { header: label('taskLevel'), align: 'center', minWidth: displayWidth(label('taskLevel')) },
    { header: `${label('knowledgeShort')} K`, codes: true },
    { header: `${label('skillsShort')} S`, codes: true },
  ];
  return indented(renderTable({ columns, rows, merged, border: c.border, maxWidth: c.width - INDENT.length, style: c.style }));
}

/** 「工作產出  O1.1.1 系統環境確認書」: a label, then items hanging after their codes. */
function labelled(name: string, items: readonly string[], indent: string, c: Ctx): string[] {
  const labelWidth = Math.max(...[label('outputs'), label('indicators'), label('knowledgeShort'), label('skillsShort')].map(displayWidth)) + 2;
  const first = indent + c.style.dim(padEnd(name, labelWidth));
  if (items.length === 0) return [first + c.style.dim(label('none'))];
  const rest = indent + ' '.repeat(labelWidth);
  return items.flatMap((text, i) => coded(i === 0 ? first : rest, text, c));
}

function taskCards(blocks: readonly PrintedBlock[], c: Ctx): string[] {
  const out: string[] = [];
  const taskIndent = INDENT.repeat(2);
  const bodyIndent = INDENT.repeat(3);
  for (const b of blocks) {
    if (b.firstOfDuty) {
      if (out.length > 0) out.push('');
      const { code, title } = b.block.duty;
      out.push(...hanging(`${INDENT}${c.style.heading(code)} `, title, c.width, title, c.style.heading));
    }
    out.push('');
    const single = b.tasks.length === 1;
    b.tasks.forEach((task) => {
      const level = single && b.levels !== '' ? `（${label('taskLevel')} ${b.levels}）` : '';
      out.push(...coded(taskIndent, task + level, c));
    });
    out.push(...labelled(label('outputs'), b.outputs, bodyIndent, c));
    // Rows at different levels, or one row shared by several tasks: each row says its level.
    const rowLevels = b.rows.length > 1 || !single;
    for (const row of b.rows) {
      if (rowLevels) out.push(bodyIndent + c.style.accent(`〔${label('taskLevel')} ${row.level}〕`));
      out.push(
        ...labelled(label('indicators'), row.indicators, bodyIndent, c),
        ...labelled(label('knowledgeShort'), row.knowledge, bodyIndent, c),
        ...labelled(label('skillsShort'), row.skills, bodyIndent, c),
      );
    }
  }
  return out;
}

function tasksSection(s: Standard, c: Ctx): string[] {
  const blocks = printedBlocks(s);
  if (blocks.length === 0) return [INDENT + label('none')];
  return c.width >= TABLE_MIN_WIDTH ? taskTable(blocks, c) : taskCards(blocks, c);
}

function attitudesSection(s: Standard, c: Ctx): string[] {
  if (s.attitudes.length === 0) return [INDENT + label('none')];
  return s.attitudes.flatMap((a) => hanging(`${INDENT}${c.style.code(a.code)} `, attitudeText(a), c.width, a.name, c.style.accent));
}

function bullets(items: readonly string[], c: Ctx): string[] {
  const indent = INDENT.repeat(2);
  if (items.length === 0) return [indent + label('none')];
  return items.flatMap((t) => hang(`${indent}・`, t, c.width));
}

function notesSection(s: Standard, c: Ctx): string[] {
  return [
    ...hang(INDENT, `${label('qualifications')}：`, c.width).map((l) => c.style.heading(l)),
    ...bullets(s.notes.qualifications, c),
    ...hang(INDENT, `${label('otherNotes')}：`, c.width).map((l) => c.style.heading(l)),
    ...bullets(s.notes.other, c),
  ];
}

function repairLines(s: Standard, c: Ctx): string[] {
  const repairs = s.repairs ?? [];
  const atWidth = Math.min(16, Math.max(...repairs.map((r) => displayWidth(r.at)))) + 2;
  return repairs.flatMap((r) => hang(INDENT + c.style.code(padEnd(r.at, atWidth)), repairText(r, c.g.arrow), c.width));
}

const SECTION_BODIES: Readonly<Record<Section, (s: Standard, c: Ctx) => string[]>> = {
  header: headerSection,
  history: historySection,
  tasks: tasksSection,
  attitudes: attitudesSection,
  notes: notesSection,
};

function publishedText(e: PublishedEntry, sections: readonly Section[], c: Ctx): string[][] {
  const s = e.standard;
  const blocks: string[][] = [titleBlock(titleOf(s), s.code, c)];
  for (const section of sections) blocks.push([...heading(sectionTitle(section), c), ...SECTION_BODIES[section](s, c)]);
  if (sections.includes('notes') && (s.repairs ?? []).length > 0) blocks.push([...heading(label('repairs'), c), ...repairLines(s, c)]);
  return blocks;
}

function historyText(e: HistoryEntry, sections: readonly Section[], c: Ctx): string[][] {
  const blocks: string[][] = [
    titleBlock(`${e.row.name}${label('standard')}`, entryCode(e), c),
    hang(c.g.notice, label('contentNotPublished'), c.width).map((l) => c.style.warn(l)),
  ];
  if (sections.includes('header') || sections.includes('history')) blocks.push(pairs(historyPairs(e), c));
  const missing = sections.filter((x) => x !== 'header' && x !== 'history');
  if (missing.length > 0) blocks.push(wrap(`${missing.map(sectionTitle).join('、')}：${label('noContent')}。`, c.width).map((l) => c.style.dim(l)));
  return blocks;
}

/**
 * The text view of a catalogue entry. Pure and deterministic: every line is at most `width`
 * display columns (for widths of 24 and more) and the text ends with a newline.
 */
export function showText(entry: CatalogEntry, opts: ShowFormatOptions): string {
  const c: Ctx = { width: Math.max(MIN_WIDTH, Math.floor(opts.width)), border: opts.border, style: opts.style, g: glyphs(opts.border) };
  const sections = orderedSections(opts.sections);
  const blocks = entry.kind === 'published' ? publishedText(entry, sections, c) : historyText(entry, sections, c);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
