/** `search --format` and `compare --format`: one formatter per name, each loaded on demand. */
import type { Comparison } from '../../query/compare.js';
import type { FormatMap } from '../types.js';
import type { SearchData } from './search.js';

export type { SearchData } from './search.js';

export const SEARCH_FORMATS = {
  text: async () => (await import('./search.js')).searchText,
  markdown: async () => (await import('./search.js')).searchMarkdown,
  csv: async () => (await import('./search.js')).searchCsv,
  json: async () => (await import('./search.js')).searchJson,
} as const satisfies FormatMap<SearchData>;

export const COMPARE_FORMATS = {
  text: async () => (await import('./compare.js')).compareText,
  markdown: async () => (await import('./compare.js')).compareMarkdown,
  csv: async () => (await import('./compare.js')).compareCsv,
  json: async () => (await import('./compare.js')).compareJson,
} as const satisfies FormatMap<Comparison>;
