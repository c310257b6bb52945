import { msg } from '../../model/i18n.js';
import { baseOf } from '../../model/code.js';
import { ruleMeta, type CatalogRule, type HeadFile } from '../types.js';

export const unexplainedRename: CatalogRule = {
  meta: ruleMeta('unexplained-rename', 'warning', 'The same code under another name is explained by a row of the newer version table'),
  scope: 'catalog',
  check(files) {
    const byBase = new Map<string, HeadFile[]>();
    for (const f of files) byBase.set(baseOf(f.standard.code), [...(byBase.get(baseOf(f.standard.code)) ?? []), f]);
    const out = [];
    for (const group of byBase.values()) {
      const sorted = [...group].sort((a, b) => a.standard.version - b.standard.version);
      for (let i = 1; i < sorted.length; i++) {
        const older = sorted[i - 1]!;
        const newer = sorted[i]!;
        if (older.standard.name === newer.standard.name) continue;
        const row = newer.standard.versions.find((r) => r.version === older.standard.version);
        if (!row || row.name !== older.standard.name) {
          out.push({
            file: newer.file,
            path: ['name'],
            message: msg('findings.unexplainedRename', { base: baseOf(newer.standard.code), name: newer.standard.name, version: newer.standard.version, oldName: older.standard.name, oldVersion: older.standard.version, oldFile: older.file }),
          });
        }
      }
    }
    return out;
  },
};
