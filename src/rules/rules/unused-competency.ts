import { msg } from '../../model/i18n.js';
import { refUses } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const unusedCompetency: FileRule = {
  meta: ruleMeta('unused-competency', 'warning', 'Every K and S of the standard-wide lists is needed by at least one task row', 'info'),
  scope: 'file',
  check({ standard }) {
    const used = { knowledge: new Set<string>(), skill: new Set<string>() };
    for (const u of refUses(standard)) used[u.kind].add(u.code);
    const out: Report[] = [];
    standard.knowledge.forEach((k, i) => {
      if (!used.knowledge.has(k.code)) out.push({ path: ['knowledge', i, 'code'], message: msg('findings.unusedCompetency', { code: k.code, name: k.name }) });
    });
    standard.skills.forEach((k, i) => {
      if (!used.skill.has(k.code)) out.push({ path: ['skills', i, 'code'], message: msg('findings.unusedCompetency', { code: k.code, name: k.name }) });
    });
    return out;
  },
};
