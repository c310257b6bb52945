import { msg } from '../../model/i18n.js';
import { STANDARD_CODE_PATTERN } from '../../model/code.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

const FULL = /^[A-Z]{3}[0-9]{4}-[0-9]{3}v[0-9]+$/;

export const standardCodeFormat: FileRule = {
  meta: ruleMeta('standard-code-format', 'error', 'The standard code is AAA9999-999vN and its version agrees with `version`', 'warning'),
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    if (!FULL.test(s.code)) {
      out.push({ path: ['code'], message: msg('findings.standardCodeFormat.code', { code: s.code }) });
    } else if (!s.code.endsWith(`v${s.version}`)) {
      out.push({ path: ['version'], message: msg('findings.standardCodeFormat.version', { version: s.version, code: s.code }) });
    }
    s.versions.forEach((row, i) => {
      // v1 is sometimes printed without its `v1` (SET3115-001): that much is how it was published.
      const bare = STANDARD_CODE_PATTERN.test(row.code) && !/v[0-9]+$/i.test(row.code);
      if (!FULL.test(row.code) && !(bare && row.version === 1)) {
        out.push({ path: ['versions', i, 'code'], message: msg('findings.standardCodeFormat.row', { code: row.code }) });
      }
    });
    return out;
  },
};
