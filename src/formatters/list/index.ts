/** `list --format`: one formatter per name, each loaded on demand. */
import type { ListRow } from '../../query/list.js';
import type { FormatMap } from '../types.js';

export interface ListData {
  rows: readonly ListRow[];
}

export const LIST_FORMATS = {
  text: async () => (await import('./table.js')).listText,
  markdown: async () => (await import('./table.js')).listMarkdown,
  csv: async () => (await import('./csv.js')).listCsvFormatter,
  json: async () => (await import('./json.js')).listJsonFormatter,
} as const satisfies FormatMap<ListData>;
