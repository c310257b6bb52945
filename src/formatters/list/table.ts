/** `list` as a terminal table (measured in display columns) and as a Markdown table. */
import { labelIn } from '../../model/labels.js';
import type { ListRow } from '../../query/list.js';
import { renderLines, renderTable, type Column } from '../text/table.js';
import { displayWidth, wrap } from '../text/width.js';
import { printedDate, printedLevelIn, printedStatusIn } from '../standard/common.js';
import { table as markdownTable } from '../markdown/gfm.js';
import { formatter, type RenderContext } from '../types.js';
import type { ListData } from './index.js';

const named = (rows: ListRow['categories']) => rows.map((r) => `${r.code} ${r.name}`).join('\n');
const codes = (rows: ListRow['categories']) => rows.map((r) => r.code).join(',');

/** Every column, the classification with its names: for wide terminals, pipes and Markdown. */
function fullTable(rows: readonly ListRow[], rc: RenderContext): { columns: Column[]; cells: string[][] } {
  const l = labelIn(rc.lang);
  const columns: Column[] = [
    { header: l('code'), min: 13 },
    { header: l('name'), min: 8 },
    { header: l('categories'), min: 6 },
    { header: l('occupations'), min: 6 },
    { header: l('industries'), min: 6 },
    { header: l('levelShort'), min: 4 },
    { header: l('status'), min: 8 },
    { header: l('dateShort'), min: 10 },
  ];
  const cells = rows.map((r) => [
    r.code,
    r.name,
    named(r.categories),
    named(r.occupations),
    named(r.industries),
    r.content ? printedLevelIn(r.level, rc.lang) : '',
    printedStatusIn(r.status, rc.lang) + (r.content ? '' : `\n${l('historyOnly')}`),
    printedDate(r.date),
  ]);
  return { columns, cells };
}

/** The classification as codes in one column, and — for a version known only from a version table. */
function compactTable(rows: readonly ListRow[], rc: RenderContext): { columns: Column[]; cells: string[][] } {
  const l = labelIn(rc.lang);
  const columns: Column[] = [
    { header: l('code'), min: 13 },
    { header: l('name'), min: 8 },
    { header: l('classification'), min: 8 },
    { header: l('levelShort'), min: 4 },
    { header: l('status'), min: 8 },
    { header: l('dateShort'), min: 10 },
  ];
  const cells = rows.map((r) => [
    r.code,
    r.name,
    r.content ? [codes(r.categories), codes(r.occupations), codes(r.industries)].filter((c) => c !== '').join(' ') : '',
    r.content ? printedLevelIn(r.level, rc.lang) : '—',
    printedStatusIn(r.status, rc.lang),
    printedDate(r.date),
  ]);
  return { columns, cells };
}

function summary(rows: readonly ListRow[], rc: RenderContext): string {
  const standards = new Set(rows.map((r) => r.base)).size;
  return rc.tr('cli.list.summary', { versions: rows.length, standards });
}

const widest = (text: string) => Math.max(0, ...text.split('\n').map(displayWidth));

/**
 * To a pipe or a file: one line per record with every column, so that grep finds whole records.
 * At a terminal (or a given width): the same plain columns where they fit, else the
 * classification as codes, else a grid that wraps its cells, else one block per record.
 */
export const listText = formatter<ListData>('text', ({ rows }, rc) => {
  if (rows.length === 0) return `${rc.tr('cli.list.none')}\n`;
  const full = fullTable(rows, rc);
  let body = renderLines({ columns: full.columns, rows: full.cells, style: rc.style });
  if (rc.fit && widest(body) > rc.width) {
    const compact = compactTable(rows, rc);
    body = renderLines({ columns: compact.columns, rows: compact.cells, style: rc.style });
    if (widest(body) > rc.width) {
      body = renderTable({ columns: compact.columns, rows: compact.cells, border: rc.border, maxWidth: rc.width, style: rc.style, maxRowHeight: 3 });
    } else if (rows.some((r) => !r.content)) {
      body += `\n${wrap(rc.tr('cli.list.history-legend'), rc.width).join('\n')}`;
    }
  }
  return `${body}\n${summary(rows, rc)}\n`;
});

export const listMarkdown = formatter<ListData>('markdown', ({ rows }, rc) => {
  const { columns, cells } = fullTable(rows, rc);
  return `${markdownTable(
    columns.map((c) => c.header),
    cells,
  )}\n\n${summary(rows, rc)}\n`;
});
