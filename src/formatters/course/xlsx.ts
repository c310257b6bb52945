/**
 * Course workbooks (write-excel-file): the coverage workbook — the standard's information, units ×
 * codes with ● centred, a summary with the gaps first — and the course template (units × codes to
 * fill in), also as CSV. Landscape, header rows and the unit columns frozen, narrow code columns
 * with their names rotated, row heights that show every line. Cells are text, never formulas.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { Sheet } from 'write-excel-file/node';
import type { Coverage } from '../../course/coverage.js';
import { templateGrid, FIXED_COLUMNS, HEADER_ROW } from '../../course/template.js';
import { csvDocument } from '../encode/csv.js';
import { displayWidth, prepareDisplayWidth, stringsOf } from '../text/width.js';
import { formatter, type RenderContext } from '../types.js';
import { printable } from '../encode/xlsx-print.js';
import type { TemplateData } from './index.js';

type Row = Sheet<Buffer>['data'][number];
const MAX_WIDTH = 50;
const POINTS_PER_LINE = 15;

/** Lines a cell takes in a column of `width` characters. */
function heightOf(texts: readonly string[], widths: readonly number[]): number {
  const lines = texts.map((t, i) => t.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / Math.max(1, (widths[i] ?? 10) - 1))), 0));
  return Math.max(1, ...lines) * POINTS_PER_LINE;
}

const text = (value: string, extra: Record<string, unknown> = {}) => ({ value, type: String, wrap: true, alignVertical: 'top' as const, ...extra });
const bold = (value: string, extra: Record<string, unknown> = {}) => text(value, { fontWeight: 'bold', ...extra });
const widthOf = (texts: readonly string[]) => Math.min(MAX_WIDTH, Math.max(6, ...texts.map((t) => Math.max(0, ...t.split('\n').map(displayWidth)) + 2)));

function infoSheet(c: Pick<Coverage, 'standard'> & { course?: Coverage['course'] }, rc: RenderContext): Sheet<Buffer> {
  const pairs: Array<[string, string]> = [
    [rc.tr('course.info.code'), c.standard.code],
    [rc.tr('course.info.name'), c.standard.name],
    [rc.tr('course.info.version'), `v${c.standard.version}`],
    [rc.tr('course.info.date'), c.standard.date ?? ''],
    [rc.tr('course.info.level'), c.standard.level === null ? '' : String(c.standard.level)],
    [rc.tr('course.info.source'), rc.tr('course.info.source-text')],
    ...(c.course
      ? ([
          [rc.tr('course.info.course'), c.course.title],
          [rc.tr('course.info.provider'), c.course.provider],
          [rc.tr('course.info.hours'), c.course.hours === undefined ? '' : String(c.course.hours)],
        ] as Array<[string, string]>)
      : []),
  ];
  const widths = [widthOf(pairs.map((p) => p[0])), widthOf(pairs.map((p) => p[1]))];
  return {
    sheet: rc.tr('course.sheet.info'),
    columns: widths.map((width) => ({ width })),
    data: pairs.map(([k, v]) => [bold(k, { height: heightOf([k, v], widths) }), text(v)]),
  };
}

/** Units × codes: two header rows (codes, names rotated), the unit's id and title frozen on the left. */
function gridSheet(name: string, head: readonly string[], names: readonly string[], rows: ReadonlyArray<readonly string[]>, fixed: number): Sheet<Buffer> {
  const widths = head.map((h, i) => (i < fixed ? widthOf([h, ...rows.map((r) => r[i] ?? '')]) : Math.max(5, displayWidth(h) + 2)));
  const nameHeight = Math.min(200, Math.max(POINTS_PER_LINE, ...names.slice(fixed).map((n) => displayWidth(n) * 6)));
  const data: Row[] = [
    head.map((h, i) => bold(h, { align: i < fixed ? 'left' : 'center' })),
    names.map((n, i) => (i < fixed ? text(n) : text(n, { textRotation: 90, align: 'center', alignVertical: 'bottom', height: nameHeight }))),
    ...rows.map((r) => {
      const h = heightOf(r.slice(0, fixed), widths);
      return r.map((v, i) => (i < fixed ? text(v, i === 0 ? { height: h } : {}) : text(v, { align: 'center', alignVertical: 'center' })));
    }),
  ];
  return { sheet: name, orientation: 'landscape', stickyRowsCount: 2, stickyColumnsCount: fixed, columns: widths.map((width) => ({ width })), data };
}

export const coverageXlsx = formatter<Coverage>('binary', async (c, rc) => {
  await prepareDisplayWidth(stringsOf(c));
  const items = [...c.items].sort((a, b) => c.items.indexOf(a) - c.items.indexOf(b));
  const order = ['tasks', 'knowledge', 'skills', 'attitudes'];
  const columns = [...items].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const byKind = new Map(order.map((k) => [k, columns.filter((x) => x.kind === k)]));
  const ordered = order.flatMap((k) => byKind.get(k) ?? []);
  // Standard order in the matrix (gaps are first only in the summary).
  const stdOrder = ordered.sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code, 'en', { numeric: true }) : 0));
  const head = [rc.tr('course.template.unit'), rc.tr('course.template.unit-title'), ...stdOrder.map((i) => i.code)];
  const names = ['', '', ...stdOrder.map((i) => i.name)];
  const rows = c.units.map((u) => [u.id, u.title, ...stdOrder.map((i) => (i.units.includes(u.id) ? '●' : ''))]);
  const summaryRows = c.items.map((i) => [rc.tr(`course.kind.${i.kind}`), i.code, i.name, i.units.length > 0 ? i.units.join(', ') : rc.tr('course.none')]);
  const summaryHead = [rc.tr('course.col.kind'), rc.tr('course.col.code'), rc.tr('course.col.name'), rc.tr('course.col.units')];
  const shares = [...c.kinds.map((k) => [rc.tr(`course.kind.${k.kind}`), `${k.covered}/${k.total}`, `${k.percent}%`, '']), ['Σ', `${c.total.covered}/${c.total.total}`, `${c.total.percent}%`, '']];
  const sw = summaryHead.map((h, i) => widthOf([h, ...summaryRows.map((r) => r[i] ?? ''), ...shares.map((r) => r[i] ?? '')]));
  const summary: Sheet<Buffer> = {
    sheet: rc.tr('course.sheet.summary'),
    orientation: 'landscape',
    stickyRowsCount: 1,
    columns: sw.map((width) => ({ width })),
    data: [
      [rc.tr('course.col.kind'), rc.tr('course.col.covered'), rc.tr('course.col.share'), ''].map((h) => bold(h)),
      ...shares.map((r) => r.map((v) => text(v))),
      summaryHead.map((h) => bold(h)),
      ...summaryRows.map((r) => r.map((v, i) => text(v, i === 0 ? { height: heightOf(r, sw) } : {}))),
    ],
  };
  const matrix = gridSheet(rc.tr('course.sheet.matrix'), head, names, rows, 2);
  const book = await writeXlsxFile([infoSheet(c, rc), matrix, summary]).toBuffer();
  return printable(book, [
    { index: 1, name: matrix.sheet!, rows: 2, columns: 2 },
    { index: 2, name: summary.sheet!, rows: 0, columns: 0 },
  ]);
});

export const templateCsv = formatter<TemplateData>('csv', (d, rc) => {
  const { rows } = templateGrid(d.standard, (id) => rc.tr(id));
  return csvDocument(undefined, rows, rc.csv);
});

export const templateXlsx = formatter<TemplateData>('binary', async (d, rc) => {
  const { rows } = templateGrid(d.standard, (id) => rc.tr(id));
  await prepareDisplayWidth(stringsOf(rows));
  const top = rows.slice(0, HEADER_ROW);
  const head = rows[HEADER_ROW]!;
  const names = rows[HEADER_ROW + 1]!;
  const units = rows.slice(HEADER_ROW + 2);
  const grid = gridSheet(rc.tr('course.sheet.matrix'), head, names, units, FIXED_COLUMNS);
  // The course's fields (not the one-line help) are readable in the fixed columns too.
  const fields = top.filter((_, i) => i !== HEADER_ROW - 1);
  grid.columns = grid.columns?.map((c, i) => (i < FIXED_COLUMNS ? { width: Math.max(c.width ?? 0, widthOf(fields.map((r) => r[i] ?? ''))) } : c));
  // The course's fields above the grid; the frozen rows are the two header rows below them.
  // The one-line help runs over the empty cells to its right (not wrapped into column A).
  const before: Row[] = top.map((r, k) => r.map((v, i) => (k === HEADER_ROW - 1 ? text(v, { wrap: false }) : i === 0 ? bold(v) : text(v))));
  const book = await writeXlsxFile([{ ...grid, stickyRowsCount: HEADER_ROW + 2, data: [...before, ...grid.data] }]).toBuffer();
  return printable(book, [{ index: 0, name: grid.sheet!, rows: HEADER_ROW + 2, columns: FIXED_COLUMNS }]);
});
