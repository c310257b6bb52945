/**
 * `compstd show --format <name>`: one pure function per format. Every function takes the same
 * options (text uses them all; markdown, json and yaml only `sections`).
 */
import type { CatalogEntry } from '../../model/entry.js';
import { showJson } from './json.js';
import { showMarkdown } from './markdown.js';
import type { ShowFormatOptions } from './options.js';
import { showText } from './text.js';
import { showYaml } from './yaml.js';

export type { ShowFormatOptions } from './options.js';
export { SECTIONS, SECTION_KEYS, type Section } from './sections.js';

export type ShowFormatter = (entry: CatalogEntry, opts: ShowFormatOptions) => string;

export const SHOW_FORMATS = {
  text: showText,
  markdown: showMarkdown,
  json: showJson,
  yaml: showYaml,
} as const satisfies Record<string, ShowFormatter>;

export type ShowFormat = keyof typeof SHOW_FORMATS;
