import { msg } from '../../model/i18n.js';
import { refUses } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const undefinedCompetency: FileRule = {
  meta: ruleMeta('undefined-competency', 'error', 'Every K and S a task row needs is defined in the standard-wide knowledge and skills lists', 'warning'),
  scope: 'file',
  check({ standard }) {
    const defined = { knowledge: new Set(standard.knowledge.map((k) => k.code)), skill: new Set(standard.skills.map((k) => k.code)) };
    const out: Report[] = [];
    for (const use of refUses(standard)) {
      if (!defined[use.kind].has(use.code)) {
        out.push({ path: use.path, message: msg('findings.undefinedCompetency', { code: use.code, owner: use.task ?? use.duty, kind: use.kind }) });
      }
    }
    return out;
  },
};
