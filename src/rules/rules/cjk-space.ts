import { texts } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

/** A space between two Han characters: left by copying text out of a PDF (「維 運日誌表」). */
const SPACE_IN_WORD = /\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u;

export const cjkSpace: FileRule = {
  meta: {
    id: 'cjk-space',
    severity: 'warning',
    description: 'No spaces inside Chinese words, left by copying from a PDF (「維 運日誌表」)',
    docs: docsPath('cjk-space'),
  },
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const { text, path } of texts(standard)) {
      const m = /[ \t\u3000]/.test(text) ? SPACE_IN_WORD.exec(text) : null;
      if (m) out.push({ path, offset: m.index + 1, message: `a space inside a Chinese word: 「${m[0]}」 in 「${text.length > 30 ? `${text.slice(0, 30)}…` : text}」` });
    }
    return out;
  },
};
