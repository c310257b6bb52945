import { msg } from '../../model/i18n.js';
import { baseOf } from '../../model/code.js';
import { ruleMeta, type CatalogRule } from '../types.js';

export const duplicateVersion: CatalogRule = {
  meta: ruleMeta('duplicate-version', 'error', 'No two files claim one code and version'),
  scope: 'catalog',
  check(files) {
    const first = new Map<string, string>();
    const out = [];
    for (const { file, standard } of files) {
      const key = `${baseOf(standard.code)}v${standard.version}`;
      const other = first.get(key);
      if (other === undefined) first.set(key, file);
      else out.push({ file, path: ['code'], message: msg('findings.duplicateVersion', { key, other }) });
    }
    return out;
  },
};
