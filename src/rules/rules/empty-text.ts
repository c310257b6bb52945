import { msg } from '../../model/i18n.js';
import { texts } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const emptyText: FileRule = {
  meta: ruleMeta('empty-text', 'warning', 'No empty texts: every title, name, indicator, output and note says something', 'info'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const { text, path } of texts(standard)) {
      if (text.trim() === '') out.push({ path, message: msg('findings.emptyText', { field: String(path[path.length - 1]) }) });
    }
    return out;
  },
};
