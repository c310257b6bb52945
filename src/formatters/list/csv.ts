import { stringify } from 'csv-stringify/sync';
import type { ListRow } from '../../query/list.js';
import type { ClassificationRow } from '../../model/schema.js';

const join = (rows: readonly ClassificationRow[], key: 'name' | 'code') => rows.map((r) => r[key]).join('; ');

export const LIST_CSV_COLUMNS = [
  'code',
  'version',
  'name',
  'status',
  'date',
  'level',
  'category',
  'categoryCode',
  'occupation',
  'occupationCode',
  'industry',
  'industryCode',
  'content',
  'file',
] as const;

/**
 * The rows as RFC 4180 CSV for scripts (English column names, no BOM, several classification
 * rows joined with "; ").
 */
export function listCsv(rows: readonly ListRow[]): string {
  const records = rows.map((r) => [
    r.code,
    r.version,
    r.name,
    r.status,
    r.date ?? '',
    r.level ?? '',
    join(r.categories, 'name'),
    join(r.categories, 'code'),
    join(r.occupations, 'name'),
    join(r.occupations, 'code'),
    join(r.industries, 'name'),
    join(r.industries, 'code'),
    r.content ? 'yes' : 'no',
    r.file,
  ]);
  return stringify(records, { header: true, columns: [...LIST_CSV_COLUMNS], record_delimiter: 'windows' });
}
