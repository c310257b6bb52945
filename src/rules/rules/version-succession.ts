import { replacedByFromNote } from '../../model/code.js';
import { docsPath, type FileRule, type Report } from '../types.js';

export const versionSuccession: FileRule = {
  meta: {
    id: 'version-succession',
    severity: 'warning',
    description: 'Each historical row names the version that replaced it (已被《…》取代) and dates increase with versions',
    docs: docsPath('version-succession'),
  },
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    const byVersion = [...s.versions.entries()].sort((a, b) => a[1].version - b[1].version);
    byVersion.forEach(([i, row], n) => {
      const next = byVersion[n + 1]?.[1];
      if (row.status === 'historical' && row.version !== s.version) {
        const named = replacedByFromNote(row.note);
        if (named === undefined) {
          out.push({ path: ['versions', i, 'note'], message: `historical v${row.version} does not say which version replaced it (已被《…》取代)` });
        } else if (next && named.toUpperCase() !== next.code.toUpperCase()) {
          out.push({ path: ['versions', i, 'note'], message: `v${row.version} says it was replaced by ${named}, but the next version is ${next.code}` });
        }
      }
      const prev = byVersion[n - 1]?.[1];
      if (prev && prev.date !== null && row.date !== null && row.date <= prev.date) {
        out.push({ path: ['versions', i, 'date'], message: `v${row.version} is dated ${row.date}, not after v${prev.version}'s ${prev.date}` });
      }
    });
    return out;
  },
};
