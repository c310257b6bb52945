import { msg } from '../../model/i18n.js';
import { texts } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

/**
 * A code inside a text, glued to its neighbours: 「…相關專利T1.3分析機台…」, or a name that still
 * starts with its code (「K02雲端產品概念」). Codes in brackets (【T1.1】) are tags, not glue.
 */
const GLUED = /(?<![A-Za-z0-9【〔[(（.])(?:[TOPKSA][0-9]{1,2}(?:\.[0-9]+){0,2})(?=\p{Script=Han})/u;

export const gluedCode: FileRule = {
  meta: ruleMeta('glued-code', 'warning', 'No element code glued inside a text (「…專利T1.3分析…」): a cell that copying merged', 'warning'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const at of texts(standard)) {
      const text = at.text;
      const m = /[TOPKSA][0-9]/.test(text) ? GLUED.exec(text) : null;
      if (m) out.push({ path: at.textPath, offset: m.index, message: msg('findings.gluedCode', { code: m[0], text: text.length > 30 ? `${text.slice(0, 30)}…` : text }) });
    }
    return out;
  },
};
