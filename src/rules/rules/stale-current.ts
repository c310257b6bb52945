import { msg } from '../../model/i18n.js';
import { baseOf } from '../../model/code.js';
import { ruleMeta, type CatalogRule } from '../types.js';

export const staleCurrent: CatalogRule = {
  meta: ruleMeta('stale-current', 'warning', 'An older version\'s file does not still say it is current when a newer file exists'),
  scope: 'catalog',
  check(files) {
    const newest = new Map<string, { version: number; file: string }>();
    for (const { file, standard } of files) {
      const base = baseOf(standard.code);
      const n = newest.get(base);
      if (!n || standard.version > n.version) newest.set(base, { version: standard.version, file });
    }
    const out = [];
    for (const { file, standard } of files) {
      const n = newest.get(baseOf(standard.code))!;
      if (standard.version >= n.version) continue;
      const i = standard.versions.findIndex((r) => r.version === standard.version);
      if (i >= 0 && standard.versions[i]!.status === 'current') {
        out.push({ file, path: ['versions', i, 'status'], message: msg('findings.staleCurrent', { version: standard.version, file: n.file, newest: n.version }) });
      }
    }
    return out;
  },
};
