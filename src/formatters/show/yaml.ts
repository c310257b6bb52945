/** A catalogue entry as YAML: with every section, a standard is a valid standard file again. */
import { stringify } from 'yaml';
import type { CatalogEntry } from '../../model/entry.js';
import { showData } from './json.js';
import { allSections, type Section } from './sections.js';

/** The first line of a standard file in the catalogue: editors find the JSON Schema with it. */
export const MODELINE = '# yaml-language-server: $schema=../../schemas/standard.schema.json';

/**
 * The same data as `showJson`, as YAML. Long Chinese lines are never folded (lineWidth 0), and
 * strings are quoted as YAML 1.1 needs (dates such as "2024-12-15", codes such as "3512", yes/no),
 * so YAML 1.1 readers get strings back too; the output is equally valid YAML 1.2.
 */
export function showYaml(entry: CatalogEntry, opts: { sections: readonly Section[] }): string {
  const body = stringify(showData(entry, opts.sections), { lineWidth: 0, version: '1.1' });
  return entry.kind === 'published' && allSections(opts.sections) ? `${MODELINE}\n${body}` : body;
}
