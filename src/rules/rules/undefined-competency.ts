import { refUses } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

export const undefinedCompetency: FileRule = {
  meta: {
    id: 'undefined-competency',
    severity: 'error',
    description: 'Every K and S a task row needs is defined in the standard-wide knowledge and skills lists',
    docs: docsPath('undefined-competency'),
  },
  scope: 'file',
  check({ standard }) {
    const defined = { knowledge: new Set(standard.knowledge.map((k) => k.code)), skill: new Set(standard.skills.map((k) => k.code)) };
    const out: Report[] = [];
    for (const use of refUses(standard)) {
      if (!defined[use.kind].has(use.code)) {
        const list = use.kind === 'knowledge' ? 'knowledge' : 'skills';
        out.push({ path: use.path, message: `${use.code} is needed by ${use.task ?? use.duty} but not defined in ${list}` });
      }
    }
    return out;
  },
};
