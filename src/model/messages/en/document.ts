/** The document messages in English. Ids: `document.<what>`; the same ids as in ../zh-Hant/document.ts. */
import type { Catalogue } from '../../i18n.js';

export const DOCUMENT_EN = {
  'document.notZip': '{file}: not a DOCX or ODT document (it does not start as a zip archive)',
  'document.brokenZip.noEnd': '{file}: the zip archive is broken: no end of central directory (cut short?)',
  'document.brokenZip.zip64': '{file}: ZIP64 archives are not read (a DOCX or ODT never needs one)',
  'document.brokenZip.directory': '{file}: the zip archive is broken: its central directory is damaged',
  'document.brokenZip.entry': '{file}: the zip archive is broken: {entry} is damaged or cut short',
  'document.brokenZip.encrypted': '{file}: {entry} is encrypted and cannot be read',
  'document.brokenZip.method': '{file}: {entry} uses compression method {method} (only stored and deflate are read)',
  'document.brokenZip.inflate': '{file}: the zip archive is broken: {entry} does not inflate',
  'document.brokenZip.size': '{file}: the zip archive is broken: {entry} inflates to {got} bytes where its header declares {want}',
  'document.zipBomb.entries': '{file}: refused, it looks like a zip bomb: {count} entries (at most {max})',
  'document.zipBomb.total': '{file}: refused, it looks like a zip bomb: its entries unpack to more than {max} bytes',
  'document.zipBomb.ratio': '{file}: refused, it looks like a zip bomb: {entry} is compressed {ratio} to 1 (at most {max} to 1)',
  'document.zipBomb.entry': '{file}: refused, it looks like a zip bomb: {entry} unpacks to {size} bytes (at most {max})',
  'document.zipBomb.inflate': '{file}: refused, it looks like a zip bomb: {entry} inflates past the {size} bytes its header declares',
  'document.tooLarge': '{file}: the file has {bytes} bytes, over the limit of {max}; a standard’s document is far smaller',
  'document.notOffice': '{file}: a zip archive, but neither a DOCX (no word/document.xml) nor an ODT (no content.xml)',
  'document.notText': '{file}: an OpenDocument file but not a text document (mimetype {type})',
  'document.badXml': '{file}: {part} is not well-formed XML: {why}',
  'document.notUtf8': '{file}: {part} is not UTF-8 text',
  'document.doctype': '{file}: {part} declares a DOCTYPE or entities; it is not read, for safety (DOCX and ODT never need them)',
  'document.noBody': '{file}: {part} has no document body',
  'document.oneStandard': ({ count }) => `A DOCX or ODT document holds one standard, and ${String(count)} were given: export them one at a time`,
  'document.needOutput': 'DOCX and ODT are binary: give a file with -o',
} satisfies Catalogue;
