import { msg } from '../../model/i18n.js';
import { levelRows } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

const outside = (level: number | null): level is number => level !== null && (level < 1 || level > 6);

export const levelRange: FileRule = {
  meta: ruleMeta('level-range', 'error', '基準級別 and every 職能級別 are between 1 and 6 (or null when not set)', 'warning'),
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    if (outside(s.level)) out.push({ path: ['level'], message: msg('findings.levelRange.standard', { level: s.level }) });
    for (const r of levelRows(s)) {
      if (outside(r.level)) out.push({ path: r.path, message: msg('findings.levelRange.row', { owner: r.owner, level: r.level }) });
    }
    return out;
  },
};
