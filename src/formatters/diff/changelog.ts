/**
 * `diff --format changelog-zh`: a draft 更新說明 in Traditional Chinese, ready to paste into the
 * version table — 「新增工作任務 T2.3「…」；刪除知識 K05「…」；修訂行為指標 P1.1.2 文字。」. Changes
 * of one kind and element are joined into one clause, in the order of the standard.
 */
import { label } from '../../model/labels.js';
import type { Change, StandardDiff } from '../../diff/types.js';
import { elementLabel } from './common.js';

const quoted = (text: string | undefined) => (text === undefined || text === '' ? '' : `「${text}」`);

/** The clause a change belongs to (changes with the same key share one), and its item. */
function clauseOf(c: Change): { key: string; head: string; item: string; tail?: string } {
  const what = elementLabel(c);
  if (c.element === 'file') return { key: 'file', head: `刪除${what}`, item: c.before ?? c.code ?? '' };
  if (c.element === 'version') {
    if (c.kind === 'modified') return { key: `version:${c.code ?? ''}:${c.field ?? ''}`, head: '', item: `${c.code ?? ''} ${what}由${quoted(c.before)}修訂為${quoted(c.after)}` };
    return { key: `version:${c.kind}`, head: `${c.kind === 'added' ? '新增' : '刪除'}${what}列`, item: c.code ?? '' };
  }
  if (c.element === 'header' || c.element === 'note') {
    const field = elementLabel(c);
    if (c.kind === 'modified' && c.element === 'header' && (c.field === 'name' || c.field === 'level' || c.field === 'nameKind')) {
      return { key: `${c.field}`, head: '', item: `${field}由${quoted(c.before)}修訂為${quoted(c.after)}` };
    }
    if (c.kind === 'modified') return { key: `mod:${field}`, head: `修訂${field}`, item: c.code ?? '' };
    const verb = c.kind === 'added' ? '新增' : '刪除';
    return { key: `${c.kind}:${field}`, head: `${verb}${field}`, item: quoted(c.kind === 'added' ? c.after : c.before) };
  }
  switch (c.kind) {
    case 'added':
      if (c.element === 'link') return { key: `link+:${c.code}`, head: `工作任務 ${c.code ?? ''} 新增職能內涵`, item: c.target ?? '' };
      return { key: `added:${what}`, head: `新增${what}`, item: `${c.code ?? ''}${quoted(c.after)}` };
    case 'removed':
      if (c.element === 'link') return { key: `link-:${c.code}`, head: `工作任務 ${c.code ?? ''} 刪除職能內涵`, item: c.target ?? '' };
      return { key: `removed:${what}`, head: `刪除${what}`, item: `${c.code ?? ''}${quoted(c.before)}` };
    case 'modified':
      if (c.element === 'level') {
        const whose = c.code === c.task ? label('task') : c.task === undefined ? label('duty') : label('kindIndicator');
        return { key: `level:${c.code}`, head: '', item: `${whose} ${c.code ?? ''} 職能級別由 ${c.before ?? ''} 調整為 ${c.after ?? ''}` };
      }
      if (c.field === 'definition') return { key: 'modified:definition', head: `修訂${label('attitudesShort')}`, item: c.code ?? '', tail: label('definition') };
      return { key: `modified:${what}`, head: `修訂${what}`, item: c.code ?? '', tail: '文字' };
    case 'renumbered':
      return { key: `renumbered:${what}`, head: what, item: `${c.fromCode ?? ''} → ${c.toCode ?? ''}`, tail: '重新編碼' };
    case 'moved':
      return { key: `moved:${c.code}`, head: '', item: `${what} ${c.fromCode ?? c.code ?? ''}${quoted(c.after)}由 ${c.fromParent ?? ''} 移至 ${c.toParent ?? ''}${c.toCode !== undefined ? `（改編為 ${c.toCode}）` : ''}` };
  }
}

function paragraph(d: StandardDiff): string {
  const clauses = new Map<string, { head: string; items: string[]; tail?: string }>();
  for (const c of d.changes) {
    const { key, head, item, tail } = clauseOf(c);
    const clause = clauses.get(key);
    if (clause) clause.items.push(item);
    else clauses.set(key, { head, items: [item], tail });
  }
  const parts = [...clauses.values()].map(({ head, items, tail }) => [head, items.filter((i) => i !== '').join('、'), tail].filter((x) => x !== undefined && x !== '').join(' ').replace(/ (?=「)/g, ''));
  for (const code of d.missingContent ?? []) parts.push(`${code} 之內容未收錄於目錄，職責、任務與職能內涵之異動無法比對`);
  if (parts.length === 0) return label('diffNoChanges');
  return `${parts.join('；')}。`;
}

export function diffChangelog(diffs: readonly StandardDiff[]): string {
  if (diffs.length === 0) return '';
  if (diffs.length === 1) return `${paragraph(diffs[0]!)}\n`;
  return `${diffs.map((d) => `${d.from} → ${d.to}：\n${paragraph(d)}`).join('\n\n')}\n`;
}
