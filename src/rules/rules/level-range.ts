import { docsPath, type FileRule, type Report } from '../types.js';

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
    const check = (level: number | null, path: Array<string | number>, what: string) => {
      if (level !== null && (level < 1 || level > 6)) out.push({ path, message: `${what} ${level} is outside the levels 1–6` });
    };
    check(s.level, ['level'], '基準級別');
    s.duties.forEach((d, di) => {
      d.tasks.forEach((t, ti) => t.rows.forEach((r, ri) => check(r.level, ['duties', di, 'tasks', ti, 'rows', ri, 'level'], `${t.code}'s level`)));
      d.shared?.rows.forEach((r, ri) => check(r.level, ['duties', di, 'shared', 'rows', ri, 'level'], `${d.code}'s level`));
    });
    return out;
  },
};
