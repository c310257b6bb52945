/** `compare` output: what two or more standards share, by kind — text, Markdown, JSON, CSV. */
import { labelIn } from '../../model/labels.js';
import type { Comparison, CompareKind } from '../../query/compare.js';
import { csvDocument } from '../encode/csv.js';
import { text as mdText, table } from '../markdown/gfm.js';
import { renderTable } from '../text/table.js';
import { wrap } from '../text/width.js';
import { formatter, type RenderContext } from '../types.js';


const KINDS = ['knowledge', 'skill', 'attitude'] as const;

function kindName(kind: CompareKind, rc: RenderContext): string {
  const l = labelIn(rc.lang);
  return kind === 'knowledge' ? `${l('knowledgeShort')} K` : kind === 'skill' ? `${l('skillsShort')} S` : `${l('attitudesShort')} A`;
}

function rows(c: Comparison, kind: CompareKind): string[][] {
  const shared = c.matches
    .filter((m) => m.kind === kind)
    .map((m) => [...c.standards.map((s) => m.items.filter((i) => i.standard === s).map((i) => `${i.code} ${i.name}`).join('\n') || '—'), m.score === 1 ? '=' : m.score.toFixed(2)]);
  const only = c.only.filter((o) => o.kind === kind).map((o) => [...c.standards.map((s) => (o.item.standard === s ? `${o.item.code} ${o.item.name}` : '')), '']);
  return [...shared, ...only];
}

function summaryLine(c: Comparison, kind: CompareKind, rc: RenderContext): string {
  const s = c.summary.find((x) => x.kind === kind)!;
  return rc.tr('cli.compare.summary', {
    kind: kindName(kind, rc),
    exact: s.exact,
    close: s.close,
    threshold: c.threshold,
    overlap: (s.overlap * 100).toFixed(0),
    counts: c.standards.map((st) => `${st} ${s.counts[st]}`).join(', '),
  });
}

export const compareText = formatter<Comparison>('text', (c, rc) => {
  const l = labelIn(rc.lang);
  const out: string[] = [];
  for (const kind of KINDS) {
    out.push(...wrap(`■ ${summaryLine(c, kind, rc)}`, rc.width).map((line) => rc.style.heading(line)));
    const r = rows(c, kind);
    if (r.length > 0) {
      out.push(renderTable({ columns: [...c.standards.map((s) => ({ header: s })), { header: l('score'), min: 6 }], rows: r, border: rc.border, maxWidth: rc.width, style: rc.style, fit: rc.fit }));
    }
    out.push('');
  }
  return out.join('\n');
});

export const compareMarkdown = formatter<Comparison>('markdown', (c, rc) => {
  const l = labelIn(rc.lang);
  const parts = [`# ${mdText(c.standards.join(' · '))}`];
  for (const kind of KINDS) parts.push(`## ${mdText(summaryLine(c, kind, rc))}`, table([...c.standards, l('score')], rows(c, kind)));
  return `${parts.join('\n\n')}\n`;
});

export const compareJson = formatter<Comparison>('json', (c) => `${JSON.stringify(c, null, 2)}\n`);

export const compareCsv = formatter<Comparison>('csv', (c, rc) => {
  const l = labelIn(rc.lang);
  const kindOf = (k: CompareKind) => kindName(k, rc);
  const records = [
    ...c.matches.flatMap((m, n) => m.items.map((i) => [kindOf(m.kind), `${n + 1}`, m.score, i.standard, i.code, i.name])),
    ...c.only.map((x) => [kindOf(x.kind), l('onlyIn'), '', x.item.standard, x.item.code, x.item.name]),
  ];
  return csvDocument([l('kind'), l('group'), l('score'), l('code'), l('itemCode'), l('itemName')], records, rc.csv);
});
