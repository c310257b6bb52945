import { msg } from '../../model/i18n.js';
import { basename, dirname } from 'node:path';
import { baseOf } from '../../model/code.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const filePath: FileRule = {
  meta: ruleMeta('file-path', 'warning', 'The file is at <CODE>/v<N>.yaml for its own code and version'),
  scope: 'file',
  check({ file, standard: s }) {
    if (file === '<stdin>') return [];
    const out: Report[] = [];
    const name = basename(file);
    const folder = basename(dirname(file));
    const want = `${baseOf(s.code)}/v${s.version}.yaml`;
    if (!new RegExp(`^v${s.version}\\.ya?ml$`, 'i').test(name) || folder.toUpperCase() !== baseOf(s.code)) {
      out.push({ path: ['code'], message: msg('findings.filePath', { code: s.code, want, actual: `${folder}/${name}` }) });
    }
    return out;
  },
};
