import { docsPath, type FileRule, type Report } from '../types.js';

export const lineEnds: FileRule = {
  meta: {
    id: 'line-ends',
    severity: 'warning',
    description: 'The file is UTF-8 without a byte order mark, with LF line ends (it reads the same either way)',
    docs: docsPath('line-ends'),
  },
  scope: 'file',
  check({ source }) {
    if (!source) return [];
    const out: Report[] = [];
    if (source.bom) out.push({ path: [], message: 'the file starts with a UTF-8 byte order mark; save it without one', at: { line: 1, column: 1 } });
    const crlf = source.text.indexOf('\r\n');
    if (crlf >= 0) {
      const line = source.text.slice(0, crlf).split('\n').length;
      out.push({ path: [], message: `CRLF line ends (Windows), first at line ${line}; save with LF`, at: { line, column: crlf - source.text.lastIndexOf('\n', crlf - 1) } });
    }
    return out;
  },
};
