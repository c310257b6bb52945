import { msg } from '../../model/i18n.js';
import { replacedByFromNote } from '../../model/code.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const versionSuccession: FileRule = {
  meta: ruleMeta('version-succession', 'warning', 'Each historical row names the version that replaced it (已被《…》取代) and dates increase with versions', 'info'),
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    const byVersion = [...s.versions.entries()].sort((a, b) => a[1].version - b[1].version);
    byVersion.forEach(([i, row], n) => {
      const next = byVersion[n + 1]?.[1];
      if (row.status === 'historical' && row.version !== s.version) {
        const named = replacedByFromNote(row.note);
        if (named === undefined) {
          out.push({ path: ['versions', i, 'note'], message: msg('findings.versionSuccession.unnamed', { version: row.version }) });
        } else if (next && named.toUpperCase() !== next.code.toUpperCase()) {
          out.push({ path: ['versions', i, 'note'], message: msg('findings.versionSuccession.other', { version: row.version, named, next: next.code }) });
        }
      }
      const prev = byVersion[n - 1]?.[1];
      if (prev && prev.date !== null && row.date !== null && row.date <= prev.date) {
        out.push({ path: ['versions', i, 'date'], message: msg('findings.versionSuccession.date', { version: row.version, date: row.date, prev: prev.version, prevDate: prev.date }) });
      }
    });
    return out;
  },
};
