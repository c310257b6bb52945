import { msg } from '../../model/i18n.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const lineEnds: FileRule = {
  meta: ruleMeta('line-ends', 'warning', 'The file is UTF-8 without a byte order mark, with LF line ends (it reads the same either way)'),
  scope: 'file',
  check({ source }) {
    if (!source) return [];
    const out: Report[] = [];
    if (source.bom) out.push({ path: [], message: msg('findings.lineEnds.bom'), at: { line: 1, column: 1 } });
    const crlf = source.text.indexOf('\r\n');
    if (crlf >= 0) {
      const line = source.text.slice(0, crlf).split('\n').length;
      out.push({ path: [], message: msg('findings.lineEnds.crlf', { line }), at: { line, column: crlf - source.text.lastIndexOf('\n', crlf - 1) } });
    }
    return out;
  },
};
