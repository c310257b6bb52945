/** The parts of a standard that `show --section` selects, and the file keys each one holds. */
export const SECTIONS = ['header', 'history', 'tasks', 'attitudes', 'notes'] as const;
export type Section = (typeof SECTIONS)[number];

/** Keys of a standard file by section (for json and yaml output of some sections). */
export const SECTION_KEYS: Readonly<Record<Section, readonly string[]>> = {
  header: ['code', 'version', 'name', 'nameKind', 'title', 'categories', 'occupations', 'industries', 'description', 'level'],
  history: ['versions'],
  tasks: ['duties', 'knowledge', 'skills'],
  attitudes: ['attitudes'],
  notes: ['notes', 'repairs'],
};
