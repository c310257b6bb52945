/** `coverage` as text (fits --width), Markdown, CSV and JSON: the share per kind, then the items, gaps first. */
import type { Coverage } from '../../course/coverage.js';
import { csvDocument } from '../encode/csv.js';
import { table as markdownTable, text as mdText } from '../markdown/gfm.js';
import { renderTable, type Column } from '../text/table.js';
import { wrap } from '../text/width.js';
import { formatter, type RenderContext } from '../types.js';

export function headLines(c: Coverage, rc: RenderContext): string[] {
  return [
    rc.tr('course.coverage.course', { title: c.course.title, provider: c.course.provider, hours: c.course.hours }),
    rc.tr('course.coverage.standard', { code: c.standard.code, name: c.standard.name }),
    ...c.kinds.map((k) => rc.tr('course.coverage.share', { kind: rc.tr(`course.kind.${k.kind}`), covered: k.covered, total: k.total, percent: k.percent })),
    rc.tr('course.coverage.total', { covered: c.total.covered, total: c.total.total, percent: c.total.percent }),
    rc.tr('course.coverage.gaps', { count: c.items.filter((i) => i.units.length === 0).length }),
  ];
}

function cells(c: Coverage, rc: RenderContext): { columns: Column[]; rows: string[][] } {
  const columns: Column[] = [
    { header: rc.tr('course.col.kind'), min: 4 },
    { header: rc.tr('course.col.code'), min: 5 },
    { header: rc.tr('course.col.name'), min: 8 },
    { header: rc.tr('course.col.units'), min: 6 },
  ];
  const rows = c.items.map((i) => [rc.tr(`course.kind.${i.kind}`), i.code, i.name, i.units.length > 0 ? i.units.join(', ') : rc.tr('course.none')]);
  return { columns, rows };
}

export const coverageText = formatter<Coverage>('text', (c, rc) => {
  const head = headLines(c, rc).flatMap((l) => (rc.fit ? wrap(l, rc.width) : [l]));
  const { columns, rows } = cells(c, rc);
  const body = renderTable({ columns, rows, border: rc.border, maxWidth: rc.width, style: rc.style, fit: rc.fit, maxRowHeight: 4 });
  return `${head.join('\n')}\n\n${body}\n`;
});

export const coverageMarkdown = formatter<Coverage>('markdown', (c, rc) => {
  const { columns, rows } = cells(c, rc);
  const shares = markdownTable(
    [rc.tr('course.col.kind'), rc.tr('course.col.covered'), rc.tr('course.col.share')],
    [...c.kinds.map((k) => [rc.tr(`course.kind.${k.kind}`), `${k.covered}/${k.total}`, `${k.percent}%`]), ['Σ', `${c.total.covered}/${c.total.total}`, `${c.total.percent}%`]],
  );
  const [course, standard, ...rest] = headLines(c, rc);
  return `# ${mdText(course!)}\n\n${mdText(standard!)}\n\n${shares}\n\n${mdText(rest[rest.length - 1]!)}\n\n${markdownTable(columns.map((x) => x.header), rows)}\n`;
});

export const coverageCsv = formatter<Coverage>('csv', (c, rc) =>
  csvDocument(
    ['kind', 'code', 'name', 'covered', 'units'],
    c.items.map((i) => [i.kind, i.code, i.name, i.units.length > 0 ? 'yes' : 'no', i.units.join(' ')]),
    rc.csv,
  ),
);

export const coverageJson = formatter<Coverage>('json', (c) => `${JSON.stringify(c, null, 2)}\n`);
