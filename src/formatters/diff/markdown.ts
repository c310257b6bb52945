/** `diff --format markdown`: for a pull-request comment or a changelog (GFM, <del>/<ins> inline). */
import { label } from '../../model/labels.js';
import type { Change, StandardDiff } from '../../diff/types.js';
import { text as md } from '../markdown/gfm.js';
import { inlineDiff } from './inline.js';
import { CLASSIFICATION_LABEL, KIND_LABEL, arrowValues, codePart, elementLabel, groupChanges, missingLines, sideLine, sourcesLine, summaryLine, usersPart } from './common.js';

function body(c: Change): string {
  if (c.kind !== 'modified' || c.before === undefined || c.after === undefined) {
    return md(((c.kind === 'removed' ? c.before : c.after) ?? '') + usersPart(c));
  }
  const arrow = arrowValues(c);
  if (arrow) return `${md(arrow.before)} → ${md(arrow.after)}`;
  return inlineDiff(c.before, c.after)
    .map((s) => (s.op === 'same' ? md(s.text) : s.op === 'del' ? `<del>${md(s.text)}</del>` : `<ins>${md(s.text)}</ins>`))
    .join('');
}

function item(c: Change, inTask: boolean): string {
  const code = codePart(c, inTask);
  return `- **${label(KIND_LABEL[c.kind])}** ${elementLabel(c)}${code ? ` \`${code}\`` : ''}${c.severity === 'major' ? ' ⚠️' : ''}：${body(c)}`;
}

function oneDiff(d: StandardDiff, level: number): string {
  const h = (n: number) => '#'.repeat(Math.min(6, level + n));
  const out: string[] = [];
  const names = d.sides.from.name === d.sides.to.name ? md(d.sides.to.name) : `${md(d.sides.from.name)} → ${md(d.sides.to.name)}`;
  out.push(`${h(0)} ${d.from} → ${d.to}`, '');
  const sources = sourcesLine(d);
  if (sources) out.push(`\`${sources.replace(/`/g, "'")}\``, '');
  out.push(`${names} · ${sideLine(d.sides.from)} → ${sideLine(d.sides.to)}`, '');
  out.push(`**${d.classification}**：${label(CLASSIFICATION_LABEL[d.classification])}（${summaryLine(d)}）`);
  for (const m of missingLines(d)) out.push('', `> [!WARNING]`, `> ${md(m)}`);
  if (d.changes.length === 0 && !d.missingContent) out.push('', label('diffNoChanges'));
  const g = groupChanges(d);
  const section = (title: string, changes: Change[]) => {
    if (changes.length === 0) return;
    out.push('', `${h(1)} ${title}`, '', ...changes.map((c) => item(c, false)));
  };
  section(label('diffFile'), g.file);
  section(label('diffHeader'), g.header);
  section(label('diffVersionRow'), g.version);
  for (const duty of g.duties) {
    out.push('', `${h(1)} ${duty.code} ${md(duty.title ?? '')}`.trimEnd());
    if (duty.own.length > 0) out.push('', ...duty.own.map((c) => item(c, false)));
    for (const t of duty.tasks) out.push('', `${h(2)} ${t.code} ${md(t.title ?? '')}`.trimEnd(), '', ...t.changes.map((c) => item(c, true)));
  }
  section(label('knowledge'), g.knowledge);
  section(label('skills'), g.skill);
  section(label('attitudes'), g.attitude);
  section(label('notes'), g.note);
  return out.join('\n');
}

export function diffMarkdown(diffs: readonly StandardDiff[]): string {
  if (diffs.length === 0) return 'Nothing to compare.\n';
  return `${diffs.map((d) => oneDiff(d, 2)).join('\n\n')}\n`;
}
