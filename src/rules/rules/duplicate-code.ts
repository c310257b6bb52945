import { elements } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

export const duplicateCode: FileRule = {
  meta: {
    id: 'duplicate-code',
    severity: 'warning',
    description: 'No code is used by two elements (duties, tasks, outputs, indicators, K, S, A)',
    docs: docsPath('duplicate-code'),
  },
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
      const same = at === e.text ? 'the same text' : `「${at}」`;
      out.push({ path: [...e.path, 'code'], message: `${e.code} is used twice: here for 「${e.text}」, before for ${same}` });
    }
    return out;
  },
};
