/** A standard as JSON for scripts: the file's own shape, or the chosen sections' keys. */
import type { CatalogEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { LABELS } from '../../model/labels.js';
import { SECTIONS, SECTION_KEYS, type Section } from './sections.js';

/** The data `show` prints as JSON or YAML. */
export function showData(entry: CatalogEntry, sections: readonly Section[]): Record<string, unknown> {
  if (entry.kind === 'history') {
    return {
      code: entryCode(entry),
      version: entry.version,
      name: entry.row.name,
      status: entry.row.status,
      note: entry.row.note,
      date: entry.row.date,
      replacedBy: entry.replacedBy ?? null,
      listedIn: entry.listedIn,
      content: null,
      message: LABELS.contentNotPublished.en,
    };
  }
  const standard = entry.standard as unknown as Record<string, unknown>;
  if (SECTIONS.every((s) => sections.includes(s))) return standard;
  const keys = new Set(sections.flatMap((s) => SECTION_KEYS[s]));
  return Object.fromEntries(Object.entries(standard).filter(([k]) => keys.has(k)));
}

export function showJson(entry: CatalogEntry, o: { sections: readonly Section[] }): string {
  return `${JSON.stringify(showData(entry, o.sections), null, 2)}\n`;
}
