import { baseOf } from '../../model/code.js';
import { docsPath, type CatalogRule } from '../types.js';

export const duplicateVersion: CatalogRule = {
  meta: {
    id: 'duplicate-version',
    severity: 'error',
    description: 'No two files claim one code and version',
    docs: docsPath('duplicate-version'),
  },
  scope: 'catalog',
  check(files) {
    const first = new Map<string, string>();
    const out = [];
    for (const { file, standard } of files) {
      const key = `${baseOf(standard.code)}v${standard.version}`;
      const other = first.get(key);
      if (other === undefined) first.set(key, file);
      else out.push({ file, path: ['code'], message: `${key} is also defined by ${other}` });
    }
    return out;
  },
};
