import type { ListRow } from '../../query/list.js';

/** The rows as a JSON array, one object per version, keys as in ListRow. */
export function listJson(rows: readonly ListRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
