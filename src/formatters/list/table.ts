/** `list` as a terminal table, measured in display columns. */
import { label } from '../../model/labels.js';
import type { ListRow } from '../../query/list.js';
import type { Style } from '../text/style.js';
import { renderTable, type Border } from '../text/table.js';
import { printedDate, printedLevel, printedStatus } from '../standard/common.js';

const codes = (rows: ListRow['categories']) => rows.map((r) => `${r.code} ${r.name}`).join('\n');

export function listTable(rows: readonly ListRow[], o: { width: number; border: Border; style: Style }): string {
  if (rows.length === 0) return 'No standards match.\n';
  const table = renderTable({
    columns: [
      { header: label('code'), min: 13 },
      { header: label('name'), min: 8 },
      { header: label('categories'), min: 6 },
      { header: label('occupations'), min: 6 },
      { header: label('industries'), min: 6 },
      { header: '級別', min: 4 },
      { header: label('status'), min: 8 },
      { header: '日期', min: 10 },
    ],
    rows: rows.map((r) => [
      r.code,
      r.name,
      codes(r.categories),
      codes(r.occupations),
      codes(r.industries),
      r.content ? printedLevel(r.level) : '',
      printedStatus(r.status) + (r.content ? '' : '\n僅版本表'),
      printedDate(r.date),
    ]),
    border: o.border,
    maxWidth: o.width,
    style: o.style,
    rowRules: true,
  });
  const standards = new Set(rows.map((r) => r.base)).size;
  return `${table}\n${rows.length} versions of ${standards} standards\n`;
}
