/** A standard as GitHub-flavoured Markdown: the same information as the text view. */
import type { CatalogEntry, HistoryEntry, PublishedEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { label } from '../../model/labels.js';
import { competencyIndex, resolveRefs, tableBlocks } from '../../model/standard.js';
import { table, text } from '../markdown/gfm.js';
import { HISTORY_COLUMNS, headerPairs, historyCells, historyPairs, printedLevel, printedRepairKind, refText, titleOf } from './common.js';
import type { Section } from './sections.js';

function bullets(items: readonly string[]): string {
  return items.length === 0 ? label('none') : items.map((i) => `- ${text(i)}`).join('\n');
}

function published(e: PublishedEntry, sections: readonly Section[]): string {
  const s = e.standard;
  const want = new Set(sections);
  const parts: string[] = [`# ${text(titleOf(s))}`];
  if (want.has('header')) parts.push(table([label('field'), label('value')], headerPairs(s)));
  if (want.has('history')) {
    parts.push(`## ${label('versions')}`, table(HISTORY_COLUMNS.map((k) => label(k)), s.versions.map(historyCells)));
  }
  if (want.has('tasks')) {
    const kIndex = competencyIndex(s.knowledge);
    const sIndex = competencyIndex(s.skills);
    const rows: string[][] = [];
    let lastDuty: string | undefined;
    for (const block of tableBlocks(s)) {
      const duty = block.duty.code === lastDuty ? '' : `${block.duty.code} ${block.duty.title}`;
      lastDuty = block.duty.code;
      const blockRows = block.rows.length > 0 ? block.rows : [undefined];
      blockRows.forEach((row, i) => {
        rows.push([
          i === 0 ? duty : '',
          i === 0 ? block.tasks.map((t) => `${t.code} ${t.title}`).join('\n') : '',
          i === 0 ? block.outputs.map((o) => `${o.code} ${o.text}`).join('\n') : '',
          row ? row.indicators.map((p) => `${p.code} ${p.text}`).join('\n') : '',
          row ? printedLevel(row.level) : '',
          row ? resolveRefs(row.knowledge, kIndex).map(refText).join('\n') : '',
          row ? resolveRefs(row.skills, sIndex).map(refText).join('\n') : '',
        ]);
      });
    }
    parts.push(
      `## ${label('duty')}與${label('task')}`,
      table(
        [label('duty'), label('task'), label('outputs'), label('indicators'), label('taskLevel'), label('knowledge'), label('skills')],
        rows,
      ),
    );
  }
  if (want.has('attitudes')) {
    const items = s.attitudes.map((a) => `- **${a.code} ${text(a.name)}**${a.definition === undefined ? '' : `：${text(a.definition)}`}`);
    parts.push(`## ${label('attitudes')}`, items.length > 0 ? items.join('\n') : label('none'));
  }
  if (want.has('notes')) {
    parts.push(
      `## ${label('notes')}`,
      `**${label('qualifications')}：**`,
      bullets(s.notes.qualifications),
      `**${label('otherNotes')}：**`,
      bullets(s.notes.other),
    );
    const repairs = s.repairs ?? [];
    if (repairs.length > 0) {
      parts.push(
        `## ${label('repairs')}`,
        table(
          [label('repairAt'), label('repairKind'), label('repairBefore'), label('repairAfter'), label('repairNote')],
          repairs.map((r) => [r.at, printedRepairKind(r.kind), r.before ?? '', r.after ?? '', r.note ?? '']),
        ),
      );
    }
  }
  return `${parts.join('\n\n')}\n`;
}

function history(e: HistoryEntry): string {
  return `${[`# ${text(e.row.name)}${label('standard')}（${entryCode(e)}）`, `> ${label('contentNotPublished')}`, table([label('field'), label('value')], historyPairs(e))].join('\n\n')}\n`;
}

export function showMarkdown(entry: CatalogEntry, o: { sections: readonly Section[] }): string {
  return entry.kind === 'published' ? published(entry, o.sections) : history(entry);
}
