import { msg } from '../../model/i18n.js';
import { texts } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

/** A space between two Han characters: left by copying text out of a PDF (「維 運日誌表」). */
const SPACE_IN_WORD = /\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u;

export const cjkSpace: FileRule = {
  meta: ruleMeta('cjk-space', 'warning', 'No spaces inside Chinese words, left by copying from a PDF (「維 運日誌表」)'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const at of texts(standard)) {
      const text = at.text;
      const m = /[ \t\u3000]/.test(text) ? SPACE_IN_WORD.exec(text) : null;
      if (m) out.push({ path: at.textPath, offset: m.index + 1, message: msg('findings.cjkSpace', { space: m[0], text: text.length > 30 ? `${text.slice(0, 30)}…` : text }) });
    }
    return out;
  },
};
