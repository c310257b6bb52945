import { levelRows } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

export const levelFarFromStandard: FileRule = {
  meta: {
    id: 'level-far-from-standard',
    severity: 'info',
    description: 'A task level two or more away from 基準級別 (legal: tasks may span levels, but worth a look)',
    docs: docsPath('level-far-from-standard'),
  },
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    const base = s.level;
    if (base === null || base < 1 || base > 6) return out; // level-range reports that
    for (const r of levelRows(s)) {
      if (r.level !== null && r.level >= 1 && r.level <= 6 && Math.abs(r.level - base) >= 2) {
        out.push({ path: r.path, message: `${r.owner} is at level ${r.level}, ${Math.abs(r.level - base)} from the standard's level ${base}` });
      }
    }
    return out;
  },
};
