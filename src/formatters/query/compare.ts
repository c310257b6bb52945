/** `compare` output: what two or more standards share, by kind — text, Markdown, JSON, CSV. */
import { stringify } from 'csv-stringify/sync';
import { label } from '../../model/labels.js';
import type { Comparison, CompareKind } from '../../query/compare.js';
import { table } from '../markdown/gfm.js';
import type { Style } from '../text/style.js';
import { renderTable, type Border } from '../text/table.js';

const KIND_ZH: Record<CompareKind, string> = {
  knowledge: `${label('knowledgeShort')} K`,
  skill: `${label('skillsShort')} S`,
  attitude: `${label('attitudesShort')} A`,
};

function rows(c: Comparison, kind: CompareKind): string[][] {
  const shared = c.matches
    .filter((m) => m.kind === kind)
    .map((m) => [...c.standards.map((s) => m.items.filter((i) => i.standard === s).map((i) => `${i.code} ${i.name}`).join('') || '—'), m.score === 1 ? '=' : m.score.toFixed(2)]);
  const only = c.only.filter((o) => o.kind === kind).map((o) => [...c.standards.map((s) => (o.item.standard === s ? `${o.item.code} ${o.item.name}` : '')), '']);
  return [...shared, ...only];
}

function summaryLine(c: Comparison, kind: CompareKind): string {
  const s = c.summary.find((x) => x.kind === kind)!;
  const counts = c.standards.map((st) => `${st} ${s.counts[st]}`).join(', ');
  return `${KIND_ZH[kind]}: ${s.exact} shared, ${s.close} close (≥ ${c.threshold}), overlap ${(s.overlap * 100).toFixed(0)}% (${counts})`;
}

export function compareText(c: Comparison, o: { style: Style; width: number; border: Border }): string {
  const out: string[] = [];
  for (const kind of ['knowledge', 'skill', 'attitude'] as const) {
    out.push(o.style.heading(`■ ${summaryLine(c, kind)}`));
    const r = rows(c, kind);
    if (r.length > 0) {
      out.push(renderTable({ columns: [...c.standards.map((s) => ({ header: s })), { header: 'score', min: 5 }], rows: r, border: o.border, maxWidth: o.width, style: o.style }));
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

export function compareMarkdown(c: Comparison): string {
  const parts = [`# ${c.standards.join(' · ')}`];
  for (const kind of ['knowledge', 'skill', 'attitude'] as const) {
    parts.push(`## ${summaryLine(c, kind)}`, table([...c.standards, 'score'], rows(c, kind)));
  }
  return `${parts.join('\n\n')}\n`;
}

export function compareJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

export function compareCsv(c: Comparison): string {
  const records = [
    ...c.matches.flatMap((m, n) => m.items.map((i) => [m.kind, `match-${n + 1}`, m.score, i.standard, i.code, i.name])),
    ...c.only.map((x) => [x.kind, 'only', '', x.item.standard, x.item.code, x.item.name]),
  ];
  return stringify(records, { header: true, columns: ['kind', 'group', 'score', 'standard', 'code', 'name'], record_delimiter: 'windows' });
}
