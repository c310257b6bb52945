/**
 * `diff --format text`: grouped by duty and task, coloured, with inline character diffs. Without
 * colour, inline edits read [-removed-]{+added+} (wdiff's notation), so nothing is lost in a log.
 */
import { label, type Lang } from '../../model/labels.js';
import type { Change, StandardDiff } from '../../diff/types.js';
import type { Style } from '../text/style.js';
import { displayWidth, hang, wrap } from '../text/width.js';
import { inlineDiff } from './inline.js';
import { CLASSIFICATION_LABEL, KIND_LABEL, KIND_MARK, SEVERITY_LABEL, arrowValues, codePart, elementLabel, groupChanges, missingLines, sideLine, sourcesLine, summaryLine, usersPart } from './common.js';

export interface DiffTextOptions {
  style: Style;
  width: number;
  colored: boolean;
  /** Labels in Chinese (default) or English. */
  lang?: Lang;
}

/** Marks of inline edits while wrapping; in colour they give way to the colours. */
const PLAIN_MARKS = { delOpen: '[-', delClose: '-]', insOpen: '{+', insClose: '+}' };
const COLOR_MARKS = { delOpen: '‹', delClose: '›', insOpen: '«', insClose: '»' };

function marked(c: Change, marks: typeof PLAIN_MARKS, lang: Lang): string {
  if (c.kind !== 'modified' || c.before === undefined || c.after === undefined) {
    const text = (c.kind === 'removed' ? c.before : c.after) ?? '';
    return text + usersPart(c);
  }
  const arrow = arrowValues(c, lang);
  if (arrow) return `${arrow.before} → ${arrow.after}`;
  return inlineDiff(c.before, c.after)
    .map((s) => (s.op === 'same' ? s.text : s.op === 'del' ? marks.delOpen + s.text + marks.delClose : marks.insOpen + s.text + marks.insClose))
    .join('');
}

/** Colours the marks of wrapped lines; an edit may run across a line break. */
function colorize(lines: string[], style: Style): string[] {
  let state: 'same' | 'del' | 'ins' = 'same';
  const paint = (run: string) => (state === 'del' ? style.del(run) : state === 'ins' ? style.ins(run) : run);
  return lines.map((line) => {
    let done = '';
    let run = '';
    for (const ch of line) {
      const next = ch === COLOR_MARKS.delOpen ? 'del' : ch === COLOR_MARKS.insOpen ? 'ins' : ch === COLOR_MARKS.delClose || ch === COLOR_MARKS.insClose ? 'same' : undefined;
      if (next === undefined) {
        run += ch;
        continue;
      }
      done += paint(run);
      run = '';
      state = next;
    }
    return done + paint(run);
  });
}

function changeLines(c: Change, indent: string, inTask: boolean, o: DiffTextOptions): string[] {
  // A major change says so before anything else: 「-!【重大】刪除 知識 K03 …」.
  const mark = c.severity === 'major' ? `${KIND_MARK[c.kind]}!` : `${KIND_MARK[c.kind]} `;
  const lang = o.lang ?? 'zh';
  const tag = c.severity === 'major' ? (lang === 'en' ? '[major] ' : `【${label(SEVERITY_LABEL.major)}】`) : '';
  const paintMark = (t: string) => (c.kind === 'added' ? o.style.ins(t) : c.kind === 'removed' ? o.style.del(t) : o.style.accent(t));
  const code = codePart(c, inTask);
  const head = `${tag}${label(KIND_LABEL[c.kind], lang)} ${elementLabel(c, lang)}${code ? ` ${code}` : ''} `;
  const body = marked(c, o.colored ? COLOR_MARKS : PLAIN_MARKS, lang);
  // The head hangs the text only while it leaves room for it; a long head goes on a line of its own.
  const prefix = `${indent}${mark}${head}`;
  const lines = displayWidth(prefix) <= o.width / 2 ? hang(prefix, body, o.width) : [...wrap(prefix.trimEnd(), o.width), ...hang(`${indent}  `, body, o.width)];
  if (!o.colored) return lines;
  // Style the head of the first line: the mark, then the label dim and the code in colour.
  const painted = colorize(lines, o.style);
  if (!painted[0]!.startsWith(prefix)) return painted;
  painted[0] = `${indent}${paintMark(mark)}${tag ? o.style.warn(tag) : ''}${o.style.dim(`${label(KIND_LABEL[c.kind], lang)} ${elementLabel(c, lang)}`)}${code ? ` ${o.style.code(code)}` : ''} ${painted[0]!.slice(prefix.length)}`;
  return painted;
}

function oneDiff(d: StandardDiff, o: DiffTextOptions): string[] {
  const { style } = o;
  const out: string[] = [];
  const names = d.sides.from.name === d.sides.to.name ? d.sides.to.name : `${d.sides.from.name} → ${d.sides.to.name}`;
  out.push(...wrap(`${d.from} → ${d.to}  ${names}`, o.width).map((l) => style.heading(l)));
  const lang = o.lang ?? 'zh';
  const sources = sourcesLine(d, lang);
  if (sources) out.push(...wrap(sources, o.width).map((l) => style.dim(l)));
  out.push(...wrap(`${sideLine(d.sides.from, lang)} → ${sideLine(d.sides.to, lang)}`, o.width).map((l) => style.dim(l)));
  for (const m of missingLines(d, lang)) out.push(...hang('⚠ ', m, o.width).map((l) => style.warn(l)));
  const cls = `${d.classification} — ${label(CLASSIFICATION_LABEL[d.classification], lang)}`;
  const paintCls = (t: string) => (d.classification === 'equivalent' ? style.ins(t) : d.classification === 'unknown' ? style.warn(t) : style.accent(t));
  out.push(...wrap(cls, o.width).map((l) => paintCls(l)));
  out.push(...wrap(summaryLine(d, lang), o.width).map((l) => style.dim(l)));
  if (d.changes.length === 0) {
    if (!d.missingContent) out.push('', label('diffNoChanges', lang));
    return out;
  }
  const g = groupChanges(d);
  const section = (title: string, changes: Change[]) => {
    if (changes.length === 0) return;
    out.push('', style.heading(title));
    for (const c of changes) out.push(...changeLines(c, '  ', false, o));
  };
  section(label('diffFile', lang), g.file);
  section(label('diffHeader', lang), g.header);
  section(label('diffVersionRow', lang), g.version);
  for (const duty of g.duties) {
    out.push('', ...wrap(`${duty.code} ${duty.title ?? ''}`.trimEnd(), o.width).map((l) => style.heading(l)));
    for (const c of duty.own) out.push(...changeLines(c, '  ', false, o));
    for (const t of duty.tasks) {
      out.push(...hang('  ', `${t.code} ${t.title ?? ''}`.trimEnd(), o.width));
      for (const c of t.changes) out.push(...changeLines(c, '    ', true, o));
    }
  }
  section(label('knowledge', lang), g.knowledge);
  section(label('skills', lang), g.skill);
  section(label('attitudes', lang), g.attitude);
  section(label('notes', lang), g.note);
  return out;
}

export function diffText(diffs: readonly StandardDiff[], o: DiffTextOptions & { nothing?: string }): string {
  if (diffs.length === 0) return `${o.nothing ?? 'Nothing to compare.'}\n`;
  return `${diffs.map((d) => oneDiff(d, o).join('\n')).join('\n\n')}\n`;
}
