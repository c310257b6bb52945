import { msg } from '../../model/i18n.js';
import { replacedByFromNote } from '../../model/code.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const versionTable: FileRule = {
  meta: ruleMeta('version-table', 'error', "The version table lists the file's own version under its own code and name, and one current version", 'warning'),
  scope: 'file',
  check({ standard: s }) {
    const index = s.versions.findIndex((r) => r.version === s.version);
    if (index < 0) return [{ path: ['versions'], message: msg('findings.versionTable.missing', { version: s.version }) }];
    const row = s.versions[index]!;
    const out: Report[] = [];
    // An archived older version may say historical, if it names what replaced it (stale-current
    // catches an older file that still says current).
    if (row.status !== 'current' && replacedByFromNote(row.note) === undefined) {
      out.push({ path: ['versions', index, 'status'], message: msg('findings.versionTable.ownHistorical', { version: s.version }) });
    }
    if (row.code.toUpperCase() !== s.code.toUpperCase()) out.push({ path: ['versions', index, 'code'], message: msg('findings.versionTable.code', { version: s.version, rowCode: row.code, code: s.code }) });
    if (row.name !== s.name) out.push({ path: ['versions', index, 'name'], message: msg('findings.versionTable.name', { version: s.version, rowName: row.name, name: s.name }) });
    s.versions.forEach((r, i) => {
      if (r.version > s.version) out.push({ path: ['versions', i, 'version'], message: msg('findings.versionTable.newer', { version: r.version, own: s.version }) });
      // A row whose code names another version than its own (V1 printed with the v2 code).
      const coded = /v([0-9]+)$/i.exec(r.code);
      if (i !== index && coded && Number(coded[1]) !== r.version) out.push({ path: ['versions', i, 'code'], message: msg('findings.versionTable.rowCode', { version: r.version, rowCode: r.code }) });
      if (i !== index && r.status === 'current' && row.status === 'current') out.push({ path: ['versions', i, 'status'], message: msg('findings.versionTable.twoCurrent', { version: r.version, own: s.version }) });
    });
    const seen = new Set<number>();
    s.versions.forEach((r, i) => {
      if (seen.has(r.version)) out.push({ path: ['versions', i, 'version'], message: msg('findings.versionTable.twice', { version: r.version }) });
      seen.add(r.version);
    });
    return out;
  },
};
