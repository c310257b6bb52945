/** A catalogue entry as GitHub-flavoured Markdown: the same information as the text view. */
import type { CatalogEntry, HistoryEntry, PublishedEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { label } from '../../model/labels.js';
import type { Standard } from '../../model/schema.js';
import {
  headerPairs,
  historyPairs,
  printedBlocks,
  repairText,
  sectionTitle,
  titleOf,
  versionCells,
  versionHeaders,
  type PrintedRow,
} from './common.js';
import { orderedSections, type Section } from './sections.js';

/** Characters that would be read as inline markup (or end a table cell): escaped with a backslash. */
const INLINE = /([\\`*_[\]<>|~])/g;

/** Text of a heading, paragraph or list item: markup escaped, line breaks as <br>. */
export function mdText(s: string): string {
  return s
    .split(/\r?\n/)
    .map((line) => line.replace(INLINE, '\\$1'))
    .join('<br>')
    .replace(/^(\s*)([#+=-]|\d+[.)])/, '$1\\$2');
}

/** A table cell: `|` as `\|`, other markup escaped, line breaks as <br>. */
export function mdCell(s: string): string {
  return s
    .split(/\r?\n/)
    .map((line) => line.trim().replace(INLINE, '\\$1'))
    .join('<br>');
}

/** A GFM table; `align` gives a column's delimiter (default `---`). */
export function mdTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly string[] = []): string {
  const line = (cells: readonly string[]) => `| ${header.map((_, i) => mdCell(cells[i] ?? '') || ' ').join(' | ')} |`;
  return [line(header), `| ${header.map((_, i) => align[i] ?? '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function list(items: readonly string[]): string {
  return items.length === 0 ? mdText(label('none')) : items.map((i) => `- ${mdText(i)}`).join('\n');
}

/** Label/value pairs as a 2-column table, the first pair as its head. */
function pairTable(pairs: ReadonlyArray<[string, string]>): string {
  const [first, ...rest] = pairs;
  return mdTable(first!, rest);
}

function headerBody(s: Standard): string {
  return pairTable(headerPairs(s));
}

function historyBody(s: Standard): string {
  return s.versions.length === 0 ? mdText(label('none')) : mdTable(versionHeaders(), s.versions.map(versionCells));
}

function tasksBody(s: Standard): string {
  const blocks = printedBlocks(s);
  if (blocks.length === 0) return mdText(label('none'));
  const rows: string[][] = [];
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
    });
  }
  return mdTable(
    [label('duty'), label('task'), label('outputs'), label('indicators'), label('taskLevel'), label('knowledge'), label('skills')],
    rows,
    ['---', '---', '---', '---', ':---:', '---', '---'],
  );
}

function attitudesBody(s: Standard): string {
  if (s.attitudes.length === 0) return mdText(label('none'));
  return s.attitudes
    .map((a) => {
      const definition = a.definition === undefined || a.definition === '' ? '' : `：${mdText(a.definition)}`;
      return `- **${mdText(`${a.code} ${a.name}`)}**${definition}`;
    })
    .join('\n');
}

function notesBody(s: Standard): string {
  return [`### ${mdText(label('qualifications'))}`, list(s.notes.qualifications), `### ${mdText(label('otherNotes'))}`, list(s.notes.other)].join(
    '\n\n',
  );
}

const BODIES: Readonly<Record<Section, (s: Standard) => string>> = {
  header: headerBody,
  history: historyBody,
  tasks: tasksBody,
  attitudes: attitudesBody,
  notes: notesBody,
};

function published(e: PublishedEntry, sections: readonly Section[]): string[] {
  const s = e.standard;
  const parts = [`# ${mdText(`${titleOf(s)}（${s.code}）`)}`];
  for (const section of sections) parts.push(`## ${mdText(sectionTitle(section))}`, BODIES[section](s));
  const repairs = s.repairs ?? [];
  if (sections.includes('notes') && repairs.length > 0) {
    parts.push(`## ${mdText(label('repairs'))}`, repairs.map((r) => `- **${mdText(r.at)}** ${mdText(repairText(r, '→'))}`).join('\n'));
  }
  return parts;
}

function history(e: HistoryEntry, sections: readonly Section[]): string[] {
  const parts = [`# ${mdText(`${e.row.name}${label('standard')}（${entryCode(e)}）`)}`, `> **${mdText(label('contentNotPublished'))}**`];
  if (sections.includes('header') || sections.includes('history')) parts.push(pairTable(historyPairs(e)));
  const missing = sections.filter((x) => x !== 'header' && x !== 'history');
  if (missing.length > 0) parts.push(mdText(`${missing.map(sectionTitle).join('、')}：${label('noContent')}。`));
  return parts;
}

/** The Markdown view of a catalogue entry, with a final newline. */
export function showMarkdown(entry: CatalogEntry, opts: { sections: readonly Section[] }): string {
  const sections = orderedSections(opts.sections);
  return `${(entry.kind === 'published' ? published(entry, sections) : history(entry, sections)).join('\n\n')}\n`;
}
