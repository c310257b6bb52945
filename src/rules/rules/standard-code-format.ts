import { STANDARD_CODE_PATTERN } from '../../model/code.js';
import { docsPath, type FileRule, type Report } from '../types.js';

const FULL = /^[A-Z]{3}[0-9]{4}-[0-9]{3}v[0-9]+$/;

export const standardCodeFormat: FileRule = {
  meta: {
    id: 'standard-code-format',
    severity: 'error',
    description: 'The standard code is AAA9999-999vN and its version agrees with `version`',
    docs: docsPath('standard-code-format'),
  },
  scope: 'file',
  check({ standard: s }) {
    const out: Report[] = [];
    if (!FULL.test(s.code)) {
      out.push({ path: ['code'], message: `"${s.code}" is not a standard code of the form AAA9999-999vN (e.g. IIS3512-001v3)` });
    } else if (!s.code.endsWith(`v${s.version}`)) {
      out.push({ path: ['version'], message: `version ${s.version} does not agree with the code ${s.code}` });
    }
    s.versions.forEach((row, i) => {
      // v1 is sometimes printed without its `v1` (SET3115-001): that much is how it was published.
      const bare = STANDARD_CODE_PATTERN.test(row.code) && !/v[0-9]+$/i.test(row.code);
      if (!FULL.test(row.code) && !(bare && row.version === 1)) {
        out.push({ path: ['versions', i, 'code'], message: `"${row.code}" in the version table is not a standard code of the form AAA9999-999vN` });
      }
    });
    return out;
  },
};
