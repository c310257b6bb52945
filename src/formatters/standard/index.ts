/** `show --format`: one pure function per format, chosen from this map. */
import type { CatalogEntry } from '../../model/entry.js';
import type { Style } from '../text/style.js';
import type { Border } from '../text/table.js';
import { showJson } from './json.js';
import { showMarkdown } from './markdown.js';
import type { Section } from './sections.js';
import { showText } from './text.js';
import { showYaml } from './yaml.js';

export interface ShowFormatOptions {
  sections: readonly Section[];
  width: number;
  border: Border;
  style: Style;
}

export const SHOW_FORMATS = {
  text: (entry: CatalogEntry, o: ShowFormatOptions) => showText(entry, o),
  markdown: (entry: CatalogEntry, o: ShowFormatOptions) => showMarkdown(entry, o),
  json: (entry: CatalogEntry, o: ShowFormatOptions) => showJson(entry, o),
  yaml: (entry: CatalogEntry, o: ShowFormatOptions) => showYaml(entry, o),
} as const satisfies Record<string, (entry: CatalogEntry, o: ShowFormatOptions) => string>;

export type ShowFormat = keyof typeof SHOW_FORMATS;
