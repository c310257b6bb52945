import { msg } from '../../model/i18n.js';
import { footnoteMarkers } from '../../model/standard.js';
import { texts } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

export const footnoteMissing: FileRule = {
  meta: ruleMeta('footnote-missing', 'warning', 'Every 【註N】 marker has its note in 其他補充說明', 'info'),
  scope: 'file',
  check({ standard }) {
    const notes = new Set(standard.notes.other.flatMap((line) => footnoteMarkers(line.slice(0, 8))));
    const out: Report[] = [];
    for (const t of texts(standard)) {
      const text = t.text;
      if (t.inNotes || !text.includes('【註')) continue;
      for (const marker of footnoteMarkers(text)) {
        const at = text.indexOf(`【${marker}`);
        if (!notes.has(marker)) out.push({ path: t.textPath, ...(at >= 0 ? { offset: at } : {}), message: msg('findings.footnoteMissing', { marker }) });
      }
    }
    return out;
  },
};
