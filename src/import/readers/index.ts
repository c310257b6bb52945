/**
 * Readers of structured documents for `compstd import`: a DOCX's or an ODT's body XML (read and
 * bounded by load/office.ts) → the text the one importer reads (document.ts).
 */
import { InputError } from '../../model/errors.js';
import { msg } from '../../model/i18n.js';
import { docxItems } from './docx.js';
import { itemsText, type Item } from './items.js';
import { odtItems } from './odt.js';
import { parseXml } from './xml.js';

export type { Item } from './items.js';
export { itemsText } from './items.js';

export interface OfficeBody {
  kind: 'docx' | 'odt';
  xml: string;
  part: string;
}

/** The paragraphs and table rows of the document, in order. */
export function officeItems(body: OfficeBody, file: string): Item[] {
  const tree = parseXml(body.xml, file, body.part);
  const items = body.kind === 'docx' ? docxItems(tree) : odtItems(tree);
  if (items === undefined) throw new InputError(msg('document.noBody', { file, part: body.part }));
  return items;
}

/** The document as the text importer's tab-separated layout, one line per paragraph or row. */
export function officeText(body: OfficeBody, file: string): string {
  return itemsText(officeItems(body, file));
}
