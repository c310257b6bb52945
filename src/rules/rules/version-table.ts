import { replacedByFromNote } from '../../model/code.js';
import { docsPath, type FileRule, type Report } from '../types.js';

export const versionTable: FileRule = {
  meta: {
    id: 'version-table',
    severity: 'error',
    description: "The version table lists the file's own version under its own code and name, and one current version",
    docs: docsPath('version-table'),
  },
  scope: 'file',
  check({ standard: s }) {
    const index = s.versions.findIndex((r) => r.version === s.version);
    if (index < 0) return [{ path: ['versions'], message: `the version table does not list this file's version ${s.version}` }];
    const row = s.versions[index]!;
    const out: Report[] = [];
    // An archived older version may say historical, if it names what replaced it (stale-current
    // catches an older file that still says current).
    if (row.status !== 'current' && replacedByFromNote(row.note) === undefined) {
      out.push({ path: ['versions', index, 'status'], message: `this file's own version ${s.version} is listed as historical, and nothing is named as replacing it` });
    }
    if (row.code.toUpperCase() !== s.code.toUpperCase()) out.push({ path: ['versions', index, 'code'], message: `the version table lists v${s.version} as ${row.code}, the file's code is ${s.code}` });
    if (row.name !== s.name) out.push({ path: ['versions', index, 'name'], message: `the version table names v${s.version} 「${row.name}」, the file 「${s.name}」` });
    s.versions.forEach((r, i) => {
      if (r.version > s.version) out.push({ path: ['versions', i, 'version'], message: `the version table lists v${r.version}, newer than this file's v${s.version}` });
      if (i !== index && r.status === 'current' && row.status === 'current') out.push({ path: ['versions', i, 'status'], message: `v${r.version} is listed as current besides this file's v${s.version}` });
    });
    const seen = new Set<number>();
    s.versions.forEach((r, i) => {
      if (seen.has(r.version)) out.push({ path: ['versions', i, 'version'], message: `v${r.version} is listed twice` });
      seen.add(r.version);
    });
    return out;
  },
};
