/** A standard as YAML: a whole standard is a valid standard file again, modeline included. */
import { stringify } from 'yaml';
import type { CatalogEntry } from '../../model/entry.js';
import { showData } from './json.js';
import { SECTIONS, type Section } from './sections.js';

export const MODELINE = '# yaml-language-server: $schema=../../schemas/standard.schema.json';

export function showYaml(entry: CatalogEntry, o: { sections: readonly Section[] }): string {
  const body = stringify(showData(entry, o.sections), { lineWidth: 0, indent: 2, indentSeq: true });
  const whole = entry.kind === 'published' && SECTIONS.every((s) => o.sections.includes(s));
  return whole ? `${MODELINE}\n${body}` : body;
}
