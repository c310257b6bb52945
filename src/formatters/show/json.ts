/** A catalogue entry as JSON for scripts: the standard file's own shape, or the asked sections' keys. */
import type { CatalogEntry } from '../../model/entry.js';
import { entryCode } from '../../model/entry.js';
import { LABELS } from '../../model/labels.js';
import type { Section } from './sections.js';
import { SECTION_KEYS, allSections } from './sections.js';

/**
 * The data `show` prints as JSON or YAML. A published standard with every section: the standard
 * object as stored (same keys, same order). Fewer sections: only the keys SECTION_KEYS gives
 * them, in the stored order. A version known only from a version table: what the table says,
 * `content: null` and a message saying its content is not published.
 */
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
  if (allSections(sections)) return standard;
  const keys = new Set<string>(sections.flatMap((s): readonly string[] => SECTION_KEYS[s] ?? []));
  return Object.fromEntries(Object.entries(standard).filter(([k]) => keys.has(k)));
}

/** Pretty-printed JSON (2 spaces, non-ASCII as is) with a final newline. */
export function showJson(entry: CatalogEntry, opts: { sections: readonly Section[] }): string {
  return `${JSON.stringify(showData(entry, opts.sections), null, 2)}\n`;
}
