/** `impact` as text (fits --width), Markdown and JSON: each change, the units it touches, what to do. */
import type { Impact, ImpactItem } from '../../course/impact.js';
import { table as markdownTable, text as mdText } from '../markdown/gfm.js';
import { hang, wrap } from '../text/width.js';
import { formatter, type RenderContext } from '../types.js';

function codeOf(i: ImpactItem): string {
  return i.fromCode !== undefined && i.toCode !== undefined && i.fromCode !== i.toCode ? `${i.fromCode} → ${i.toCode}` : (i.toCode ?? i.fromCode ?? '');
}

function detail(i: ImpactItem): string {
  const c = i.change;
  if (c.element === 'level') return `${c.before ?? ''} → ${c.after ?? ''}`;
  if (c.element === 'link') return `${c.kind === 'added' ? '+' : '−'}${c.target ?? ''}`;
  if (c.kind === 'modified' && c.before !== undefined && c.after !== undefined) return `${c.before} → ${c.after}`;
  return c.after ?? c.before ?? '';
}

function lines(d: Impact, rc: RenderContext): string[] {
  const out = [rc.tr('course.impact.title', { from: d.from, to: d.to })];
  if (d.missingContent.length > 0) out.push(rc.tr('course.impact.missing', { codes: d.missingContent }));
  const people = d.items.filter((i) => i.action !== 'migrate').length;
  out.push(d.items.length === 0 ? rc.tr('course.impact.none') : rc.tr('course.impact.summary', { people, auto: d.items.length - people }));
  return out;
}

export const impactText = formatter<Impact>('text', (d, rc) => {
  const w = rc.fit ? rc.width : Number.MAX_SAFE_INTEGER;
  const out: string[] = lines(d, rc).flatMap((l) => wrap(l, w));
  for (const i of d.items) {
    out.push('');
    out.push(...hang(`[${rc.tr(`course.action.${i.action}`)}] `, `${codeOf(i)} ${detail(i)}`.trim(), w));
    out.push(...hang('  ', rc.tr('course.impact.units', { units: i.units }), w));
    out.push(...hang('  ', rc.tr(`course.impact.do.${i.action}`), w));
  }
  if (d.untouched > 0) out.push('', ...wrap(rc.tr('course.impact.untouched', { count: d.untouched }), w));
  return `${out.join('\n')}\n`;
});

export const impactMarkdown = formatter<Impact>('markdown', (d, rc) => {
  const [title, ...rest] = lines(d, rc);
  const rows = d.items.map((i) => [rc.tr(`course.action.${i.action}`), codeOf(i), detail(i), i.units.join(', '), rc.tr(`course.impact.do.${i.action}`)]);
  const body = rows.length > 0 ? `\n\n${markdownTable([rc.tr('course.col.action'), rc.tr('course.col.code'), rc.tr('course.col.change'), rc.tr('course.col.units'), ''], rows)}` : '';
  const tail = d.untouched > 0 ? `\n\n${mdText(rc.tr('course.impact.untouched', { count: d.untouched }))}` : '';
  return `# ${mdText(title!)}\n\n${rest.map(mdText).join('\n\n')}${body}${tail}\n`;
});

export const impactJson = formatter<Impact>('json', (d) => `${JSON.stringify(d, null, 2)}\n`);
