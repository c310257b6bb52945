/**
 * `show --format`: one pure function per format, chosen from this map. Each entry loads its
 * module on demand, so `--format json` never loads the terminal text machinery.
 */
import type { CatalogEntry } from '../../model/entry.js';
import type { Style } from '../text/style.js';
import type { Border } from '../text/table.js';
import type { Section } from './sections.js';

export interface ShowFormatOptions {
  sections: readonly Section[];
  width: number;
  border: Border;
  style: Style;
}

export type ShowFormatter = (entry: CatalogEntry, o: ShowFormatOptions) => string;

export const SHOW_FORMATS = {
  text: async (): Promise<ShowFormatter> => (await import('./text.js')).showText,
  markdown: async (): Promise<ShowFormatter> => (await import('./markdown.js')).showMarkdown,
  json: async (): Promise<ShowFormatter> => (await import('./json.js')).showJson,
  yaml: async (): Promise<ShowFormatter> => (await import('./yaml.js')).showYaml,
} as const satisfies Record<string, () => Promise<ShowFormatter>>;

export type ShowFormat = keyof typeof SHOW_FORMATS;
