/**
 * A standard in the terminal, the way a reader of the printed document expects it. Everything is
 * measured and wrapped by display width (string-width) to fit `width` columns.
 */
import type { CatalogEntry, HistoryEntry, PublishedEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { label } from '../../model/labels.js';
import type { Row, Standard } from '../../model/schema.js';
import { competencyIndex, resolveRefs, tableBlocks, type ResolvedRef, type TableBlock } from '../../model/standard.js';
import type { Style } from '../text/style.js';
import { renderTable, type Border } from '../text/table.js';
import { displayWidth, hang, padEnd, wrap } from '../text/width.js';
import {
  HISTORY_COLUMNS,
  headerPairs,
  historyCells,
  historyPairs,
  printedDate,
  printedLevel,
  printedRepairKind,
  printedStatus,
  refText,
  titleOf,
} from './common.js';
import type { Section } from './sections.js';

export interface TextOptions {
  sections: readonly Section[];
  width: number;
  border: Border;
  style: Style;
}

/** At this width and above the task table is a table; below it, a card per task. */
export const TABLE_MIN_WIDTH = 120;

const INDENT = '  ';

function heading(text: string, o: TextOptions): string {
  return o.style.heading(`■ ${text}`);
}

/** Label/value lines, values hanging after a label column. */
function pairs(list: ReadonlyArray<[string, string]>, o: TextOptions, indent = INDENT): string[] {
  const labelWidth = Math.max(...list.map(([l]) => displayWidth(l))) + 2;
  return list.flatMap(([l, v]) => {
    const prefix = indent + padEnd(l, labelWidth);
    return hang(prefix, v, o.width).map((line, i) => (i === 0 ? indent + o.style.dim(padEnd(l, labelWidth)) + line.slice(prefix.length) : line));
  });
}

function titleLines(s: Standard, entryLine: string, o: TextOptions): string[] {
  return [...wrap(titleOf(s), o.width).map((l) => o.style.heading(l)), ...wrap(entryLine, o.width).map((l) => o.style.dim(l))];
}

function ownRowLine(e: PublishedEntry): string {
  const row = e.standard.versions.find((r) => r.version === e.version);
  const parts = [e.standard.code];
  if (row) parts.push(printedStatus(row.status), printedDate(row.date));
  parts.push(e.file);
  return parts.filter((p) => p !== '').join(' · ');
}

function historyTable(s: Standard, o: TextOptions): string[] {
  if (s.versions.length === 0) return [`${INDENT}${label('none')}`];
  return renderTable({
    columns: HISTORY_COLUMNS.map((k) => ({ header: label(k), min: k === 'status' ? 8 : k === 'date' ? 12 : undefined })),
    rows: s.versions.map(historyCells),
    border: o.border,
    maxWidth: o.width,
    style: o.style,
  }).split('\n');
}

function rowRefs(row: Row, s: Standard) {
  return {
    knowledge: resolveRefs(row.knowledge, competencyIndex(s.knowledge)),
    skills: resolveRefs(row.skills, competencyIndex(s.skills)),
  };
}

function blockTitle(block: TableBlock): string {
  return block.tasks.map((t) => `${t.code} ${t.title}`).join('\n');
}

/** The task table as a 7-column table, one table row per printed row. */
function taskTable(s: Standard, o: TextOptions): string[] {
  const rows: string[][] = [];
  let lastDuty: string | undefined;
  for (const block of tableBlocks(s)) {
    const dutyCell = block.duty.code === lastDuty ? '' : `${block.duty.code} ${block.duty.title}`;
    lastDuty = block.duty.code;
    const outputs = block.outputs.map((x) => `${x.code} ${x.text}`).join('\n');
    const blockRows = block.rows.length > 0 ? block.rows : [undefined];
    blockRows.forEach((row, i) => {
      const refs = row ? rowRefs(row, s) : { knowledge: [], skills: [] };
      rows.push([
        i === 0 ? dutyCell : '',
        i === 0 ? blockTitle(block) : '',
        i === 0 ? outputs : '',
        row ? row.indicators.map((p) => `${p.code} ${p.text}`).join('\n') : '',
        row ? printedLevel(row.level) : '',
        refs.knowledge.map(refText).join('\n'),
        refs.skills.map(refText).join('\n'),
      ]);
    });
  }
  return renderTable({
    columns: [
      { header: label('duty'), min: 8 },
      { header: label('task'), min: 10 },
      { header: label('outputs'), min: 10 },
      { header: label('indicators'), min: 16 },
      { header: label('taskLevel'), min: 4 },
      { header: `${label('knowledgeShort')} K`, min: 12 },
      { header: `${label('skillsShort')} S`, min: 12 },
    ],
    rows,
    border: o.border,
    maxWidth: o.width,
    style: o.style,
    rowRules: true,
  }).split('\n');
}

/** A labelled list of items, each hanging after its code: 「行為指標  P1.1.1 依使用者…」. */
function labelledItems(name: string, items: ReadonlyArray<{ code: string; text: string }>, indent: string, o: TextOptions): string[] {
  const labelCol = indent + padEnd(name, 10);
  if (items.length === 0) return [`${labelCol.replace(name, o.style.dim(name))}${o.style.dim('—')}`];
  const codeWidth = Math.max(...items.map((i) => displayWidth(i.code))) + 1;
  return items.flatMap((item, n) => {
    const lead = n === 0 ? labelCol : ' '.repeat(displayWidth(labelCol));
    const prefix = lead + padEnd(item.code, codeWidth);
    return hang(prefix, item.text, o.width).map((line, i) => {
      if (i > 0) return line;
      const styledLead = n === 0 ? lead.replace(name, o.style.dim(name)) : lead;
      return styledLead + o.style.code(padEnd(item.code, codeWidth)) + line.slice(prefix.length);
    });
  });
}

function refItems(refs: readonly ResolvedRef[]) {
  return refs.map((r) => ({ code: r.code, text: refText(r).slice(r.code.length + 1) }));
}

/** The task table as cards: duty heading, task heading with its level, labelled lists. */
function taskCards(s: Standard, o: TextOptions): string[] {
  const out: string[] = [];
  let lastDuty: string | undefined;
  const inner = INDENT.repeat(3);
  for (const block of tableBlocks(s)) {
    if (block.duty.code !== lastDuty) {
      if (lastDuty !== undefined && out[out.length - 1] !== '') out.push('');
      out.push(...hang(`${INDENT}${block.duty.code} `, block.duty.title, o.width).map((l) => o.style.heading(l)));
      lastDuty = block.duty.code;
    }
    const single = block.rows.length === 1 && !block.shared ? block.rows[0] : undefined;
    for (const task of block.tasks) {
      const level = single && task === block.tasks[block.tasks.length - 1] ? `  [${label('taskLevel')} ${printedLevel(single.level)}]` : '';
      const lines = hang(`${INDENT.repeat(2)}${task.code} `, `${task.title}${level}`, o.width);
      out.push(...lines.map((l) => l.replace(task.code, o.style.code(task.code))));
    }
    out.push(...labelledItems(label('outputs'), block.outputs, inner, o));
    block.rows.forEach((row) => {
      if (!single) out.push(`${inner}${o.style.accent(`── ${label('taskLevel')} ${printedLevel(row.level)}`)}`);
      const refs = rowRefs(row, s);
      out.push(
        ...labelledItems(label('indicators'), row.indicators, inner, o),
        ...labelledItems(`${label('knowledgeShort')} K`, refItems(refs.knowledge), inner, o),
        ...labelledItems(`${label('skillsShort')} S`, refItems(refs.skills), inner, o),
      );
    });
    out.push('');
  }
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function attitudeLines(s: Standard, o: TextOptions): string[] {
  if (s.attitudes.length === 0) return [`${INDENT}${label('none')}`];
  return s.attitudes.flatMap((a) => {
    const prefix = `${INDENT}${a.code} `;
    const text = a.definition === undefined ? a.name : `${a.name}：${a.definition}`;
    return hang(prefix, text, o.width).map((l, i) => (i === 0 ? `${INDENT}${o.style.code(a.code)} ${l.slice(prefix.length)}` : l));
  });
}

function bullets(items: readonly string[], o: TextOptions, indent: string): string[] {
  if (items.length === 0) return [`${indent}${label('none')}`];
  return items.flatMap((t) => hang(`${indent}・`, t, o.width));
}

function notesLines(s: Standard, o: TextOptions): string[] {
  const out = [
    ...wrap(`${label('qualifications')}：`, o.width - INDENT.length).map((l) => INDENT + o.style.dim(l)),
    ...bullets(s.notes.qualifications, o, INDENT.repeat(2)),
    `${INDENT}${o.style.dim(`${label('otherNotes')}：`)}`,
    ...bullets(s.notes.other, o, INDENT.repeat(2)),
  ];
  const repairs = s.repairs ?? [];
  if (repairs.length > 0) {
    out.push('', heading(label('repairs'), o));
    for (const r of repairs) {
      const what = r.before !== undefined && r.after !== undefined ? `「${r.before}」→「${r.after}」` : '';
      const text = [printedRepairKind(r.kind), what, r.note ?? ''].filter((x) => x !== '').join(' ');
      out.push(...hang(`${INDENT}${r.at} `, text, o.width));
    }
  }
  return out;
}

function publishedText(e: PublishedEntry, o: TextOptions): string {
  const s = e.standard;
  const blocks: string[][] = [titleLines(s, ownRowLine(e), o)];
  const want = new Set(o.sections);
  if (want.has('header')) blocks.push(pairs(headerPairs(s), o));
  if (want.has('history')) blocks.push([heading(label('versions'), o), ...historyTable(s, o)]);
  if (want.has('tasks')) {
    const table = o.width >= TABLE_MIN_WIDTH ? taskTable(s, o) : taskCards(s, o);
    blocks.push([heading(`${label('duty')}與${label('task')}`, o), ...table]);
  }
  if (want.has('attitudes')) blocks.push([heading(label('attitudes'), o), ...attitudeLines(s, o)]);
  if (want.has('notes')) blocks.push([heading(label('notes'), o), ...notesLines(s, o)]);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

function historyText(e: HistoryEntry, o: TextOptions): string {
  const title = wrap(`${e.row.name}${label('standard')}`, o.width).map((l) => o.style.heading(l));
  const status = wrap([entryCode(e), printedStatus(e.row.status), printedDate(e.row.date)].filter((x) => x !== '').join(' · '), o.width).map((l) =>
    o.style.dim(l),
  );
  const notice = wrap(label('contentNotPublished'), o.width).map((l) => o.style.warn(l));
  const blocks = [[...title, ...status], notice, pairs(historyPairs(e), o)];
  const asked = o.sections.filter((s) => s !== 'header' && s !== 'history');
  if (asked.length > 0 && asked.length < 3) {
    blocks.push(wrap(`（${asked.join('、')}：${label('noContent')}）`, o.width).map((l) => o.style.dim(l)));
  }
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

export function showText(entry: CatalogEntry, o: TextOptions): string {
  return entry.kind === 'published' ? publishedText(entry, o) : historyText(entry, o);
}
