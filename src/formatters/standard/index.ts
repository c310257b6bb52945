/**
 * `show --format`: one pure function per format, chosen from this map. Each entry loads its
 * module on demand, so `--format json` never loads the terminal text machinery.
 */
import type { CatalogEntry } from '../../model/entry.js';
import type { Style } from '../text/style.js';
import type { Border } from '../text/table.js';
import { formatter, type FormatMap, type Medium, type RenderContext } from '../types.js';
import type { Section } from './sections.js';

export interface ShowFormatOptions {
  sections: readonly Section[];
  width: number;
  border: Border;
  style: Style;
}

export type ShowFormatter = (entry: CatalogEntry, o: ShowFormatOptions) => string;

export interface ShowData {
  entry: CatalogEntry;
  sections: readonly Section[];
}

const show = (medium: Medium, f: ShowFormatter) =>
  formatter<ShowData>(medium, (d, rc: RenderContext) => f(d.entry, { sections: d.sections, width: rc.width, border: rc.border, style: rc.style }));

export const SHOW_FORMATS = {
  text: async () => show('text', (await import('./text.js')).showText),
  markdown: async () => show('markdown', (await import('./markdown.js')).showMarkdown),
  json: async () => show('json', (await import('./json.js')).showJson),
  yaml: async () => show('yaml', (await import('./yaml.js')).showYaml),
} as const satisfies FormatMap<ShowData>;

export type ShowFormat = keyof typeof SHOW_FORMATS;
