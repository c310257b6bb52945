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
    if (s.level === null || s.level < 1 || s.level > 6) return out; // level-range reports that
    const base = s.level;
    s.duties.forEach((d, di) => {
      const rows = [
        ...d.tasks.flatMap((t, ti) => t.rows.map((r, ri) => ({ r, who: t.code, path: ['duties', di, 'tasks', ti, 'rows', ri, 'level'] }))),
        ...(d.shared?.rows ?? []).map((r, ri) => ({ r, who: d.code, path: ['duties', di, 'shared', 'rows', ri, 'level'] })),
      ];
      for (const { r, who, path } of rows) {
        if (r.level !== null && r.level >= 1 && r.level <= 6 && Math.abs(r.level - base) >= 2) {
          out.push({ path, message: `${who} is at level ${r.level}, ${Math.abs(r.level - base)} from the standard's level ${base}` });
        }
      }
    });
    return out;
  },
};
