import { msg } from '../../model/i18n.js';
import { texts } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const emptyText: FileRule = {
  meta: ruleMeta('empty-text', 'warning', 'No empty texts: every title, name, indicator, output and note says something', 'info'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const at of texts(standard)) {
      if (at.text.trim() === '') out.push({ path: at.textPath, message: msg('findings.emptyText', { field: String(at.field) }) });
    }
    return out;
  },
};
