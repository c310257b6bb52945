/** `diff --format csv`: one change per row, for a spreadsheet of a revision's review. */
import { labelIn } from '../../model/labels.js';
import { csvDocument } from '../encode/csv.js';
import { formatter } from '../types.js';
import { KIND_LABEL, SEVERITY_LABEL, codePart, elementLabel } from './common.js';
import type { DiffData } from './index.js';

export const diffCsv = formatter<DiffData>('csv', ({ diffs }, rc) => {
  const l = labelIn(rc.lang);
  const rows = diffs.flatMap((d) =>
    d.changes.map((c) => [
      d.from,
      d.to,
      l(SEVERITY_LABEL[c.severity]),
      l(KIND_LABEL[c.kind]),
      elementLabel(c, rc.lang === 'en' ? 'en' : 'zh'),
      codePart(c, false),
      c.duty ?? '',
      c.task ?? '',
      c.before ?? '',
      c.after ?? '',
    ]),
  );
  return csvDocument(
    [l('diffFrom'), l('diffTo'), l('severity'), l('diffKind'), l('diffElement'), l('itemCode'), l('duty'), l('task'), l('diffBefore'), l('diffAfter')],
    rows,
    rc.csv,
  );
});
