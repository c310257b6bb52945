/** The document messages in English. Ids: `document.<what>`; the same ids as in ../zh-Hant/document.ts. */
import type { Catalogue } from '../../i18n.js';

export const DOCUMENT_EN = {
  'document.notZip': '{file}: not a DOCX or ODT document (it does not start as a zip archive)',
  'document.brokenZip': '{file}: the zip archive is broken and cannot be read: {why}',
  'document.tooLarge': '{file}: the file has {bytes} bytes, over the limit of {max}; a standard’s document is far smaller',
  'document.zipBomb': '{file}: refused, it looks like a zip bomb: {why}',
  'document.notOffice': '{file}: a zip archive, but neither a DOCX (no word/document.xml) nor an ODT (no content.xml)',
  'document.notText': '{file}: an OpenDocument file but not a text document (mimetype {type})',
  'document.badXml': '{file}: {part} is not well-formed XML: {why}',
  'document.doctype': '{file}: {part} declares a DOCTYPE or entities; it is not read, for safety (DOCX and ODT never need them)',
  'document.noBody': '{file}: {part} has no document body',
  'document.oneStandard': ({ count }) => `A DOCX or ODT document holds one standard, and ${String(count)} were given: export them one at a time`,
  'document.needOutput': 'DOCX and ODT are binary: give a file with -o',
} satisfies Catalogue;
