import { levelRows } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

const outside = (level: number | null): level is number => level !== null && (level < 1 || level > 6);

export const levelRange: FileRule = {
  meta: {
    id: 'level-range',
    severity: 'error',
    description: '基準級別 and every 職能級別 are between 1 and 6 (or null when not set)',
    docs: docsPath('level-range'),
  },
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    if (outside(s.level)) out.push({ path: ['level'], message: `基準級別 ${s.level} is outside the levels 1–6` });
    for (const r of levelRows(s)) {
      if (outside(r.level)) out.push({ path: r.path, message: `${r.owner}'s level ${r.level} is outside the levels 1–6` });
    }
    return out;
  },
};
