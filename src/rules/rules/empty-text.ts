import { texts } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

export const emptyText: FileRule = {
  meta: {
    id: 'empty-text',
    severity: 'warning',
    description: 'No empty texts: every title, name, indicator, output and note says something',
    docs: docsPath('empty-text'),
  },
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const { text, path } of texts(standard)) {
      if (text.trim() === '') out.push({ path, message: `${String(path[path.length - 1])} is empty` });
    }
    return out;
  },
};
