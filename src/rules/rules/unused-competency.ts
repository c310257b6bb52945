import { refUses } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

export const unusedCompetency: FileRule = {
  meta: {
    id: 'unused-competency',
    severity: 'warning',
    description: 'Every K and S of the standard-wide lists is needed by at least one task row',
    docs: docsPath('unused-competency'),
  },
  scope: 'file',
  check({ standard }) {
    const used = new Set<string>();
    for (const u of refUses(standard)) used.add(u.kind === 'knowledge' ? u.code : `/${u.code}`);
    const out: Report[] = [];
    standard.knowledge.forEach((k, i) => {
      if (!used.has(k.code)) out.push({ path: ['knowledge', i, 'code'], message: `${k.code} ${k.name} is defined but no task needs it` });
    });
    standard.skills.forEach((k, i) => {
      if (!used.has(`/${k.code}`)) out.push({ path: ['skills', i, 'code'], message: `${k.code} ${k.name} is defined but no task needs it` });
    });
    return out;
  },
};
