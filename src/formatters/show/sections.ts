/** The parts of a standard that `show --section` selects, and the file keys each one holds. */
import type { Standard } from '../../model/schema.js';

export const SECTIONS = ['header', 'history', 'tasks', 'attitudes', 'notes'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The keys of a standard file that belong to each section: what `--format json` and `--format
 * yaml` print when only some sections are asked for. Every key of a standard file belongs to
 * exactly one section, so asking for all of them prints the file as stored.
 */
export const SECTION_KEYS = {
  header: ['code', 'version', 'name', 'nameKind', 'title', 'categories', 'occupations', 'industries', 'description', 'level'],
  history: ['versions'],
  tasks: ['duties', 'knowledge', 'skills'],
  attitudes: ['attitudes'],
  notes: ['notes', 'repairs'],
} as const satisfies Record<Section, ReadonlyArray<keyof Standard>>;

/** Whether `sections` asks for every section (in any order, repeats allowed). */
export function allSections(sections: readonly Section[]): boolean {
  return SECTIONS.every((s) => sections.includes(s));
}

/** The asked sections in the document's order, without repeats or unknown names. */
export function orderedSections(sections: readonly Section[]): Section[] {
  return SECTIONS.filter((s) => sections.includes(s));
}
