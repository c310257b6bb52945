import type { ListRow } from '../../query/list.js';
import type { ClassificationRow } from '../../model/schema.js';
import { labelIn } from '../../model/labels.js';
import { csvDocument } from '../encode/csv.js';
import { formatter } from '../types.js';
import type { ListData } from './index.js';

const join = (rows: readonly ClassificationRow[], key: 'name' | 'code') => rows.map((r) => r[key]).join('; ');

/**
 * The rows as CSV for a spreadsheet: headers in the reader's language, several classification
 * rows joined with "; ", through the one CSV encoder (BOM, formula guard).
 */
export const listCsvFormatter = formatter<ListData>('csv', ({ rows }, rc) => {
  const l = labelIn(rc.lang);
  const header = [
    l('code'),
    l('version'),
    l('name'),
    l('status'),
    l('date'),
    l('level'),
    l('categories'),
    l('categoryCode'),
    l('occupations'),
    l('occupationCode'),
    l('industries'),
    l('industryCode'),
    l('content'),
    l('file'),
  ];
  const records = rows.map((r: ListRow) => [
    r.code,
    r.version,
    r.name,
    r.status === 'current' ? l('statusCurrent') : l('statusHistorical'),
    r.date ?? '',
    r.level ?? '',
    join(r.categories, 'name'),
    join(r.categories, 'code'),
    join(r.occupations, 'name'),
    join(r.occupations, 'code'),
    join(r.industries, 'name'),
    join(r.industries, 'code'),
    r.content ? l('yes') : l('no'),
    r.file,
  ]);
  return csvDocument(header, records, rc.csv);
});
