/** `export --format docx|odt`: the official document of one standard, each writer loaded on demand. */
import type { CatalogEntry } from '../../model/entry.js';
import { formatter, type FormatMap } from '../types.js';

export interface DocumentData {
  /** One standard, or a history-only version (a page of what its version table says, as `show` prints it). */
  entry: CatalogEntry;
}

export const DOCUMENT_FORMATS = {
  docx: async () => {
    const [{ documentLayout }, { documentDocx }] = await Promise.all([import('./layout.js'), import('./docx.js')]);
    return formatter<DocumentData>('binary', (d) => documentDocx(documentLayout(d.entry)));
  },
  odt: async () => {
    const [{ documentLayout }, { documentOdt }] = await Promise.all([import('./layout.js'), import('./odt.js')]);
    return formatter<DocumentData>('binary', (d) => documentOdt(documentLayout(d.entry)));
  },
} as const satisfies FormatMap<DocumentData>;
