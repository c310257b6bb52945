import { msg } from '../../model/i18n.js';
import { levelRows } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const levelFarFromStandard: FileRule = {
  meta: ruleMeta('level-far-from-standard', 'info', 'A task level two or more away from 基準級別 (legal: tasks may span levels, but worth a look)'),
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    const base = s.level;
    if (base === null || base < 1 || base > 6) return out; // level-range reports that
    for (const r of levelRows(s)) {
      if (r.level !== null && r.level >= 1 && r.level <= 6 && Math.abs(r.level - base) >= 2) {
        out.push({ path: r.path, message: msg('findings.levelFar', { owner: r.owner, level: r.level, distance: Math.abs(r.level - base), base }) });
      }
    }
    return out;
  },
};
