import { msg } from '../../model/i18n.js';
import { elements } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const duplicateCode: FileRule = {
  meta: ruleMeta('duplicate-code', 'warning', 'No code is used by two elements (duties, tasks, outputs, indicators, K, S, A)', 'warning'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    const first = new Map<string, string>();
    for (const e of elements(standard)) {
      const at = first.get(e.code);
      if (at === undefined) {
        first.set(e.code, e.text);
        continue;
      }
      const message = at === e.text ? msg('findings.duplicateCode.same', { code: e.code, text: e.text }) : msg('findings.duplicateCode.other', { code: e.code, text: e.text, first: at });
      out.push({ path: [...e.path, 'code'], message });
    }
    return out;
  },
};
