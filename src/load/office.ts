/**
 * Reading an office document (DOCX or ODT) to import: the file, bounded; its zip, bounded (zip.ts);
 * the one XML part that holds the body — `word/document.xml` of a DOCX, `content.xml` of an ODT —
 * as text, refused when it declares a DOCTYPE or entities (no DTD is ever read, no entity
 * expanded: OOXML and ODF never need one). Parsing the XML into paragraphs and tables is pure and
 * lives in import/readers.
 */
import { closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { readFileBounded } from './bounded.js';
import { InputError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import { isZipMagic, readZipEntry, zipEntries, ZIP_LIMITS } from './zip.js';

export type OfficeKind = 'docx' | 'odt';

export interface OfficeXml {
  kind: OfficeKind;
  /** The body part's XML text. */
  xml: string;
  /** The part's name in the archive, for messages. */
  part: string;
}

/** A file to read as an office document: named .docx/.odt, or starting with a zip's magic bytes. */
export function isOfficeFile(path: string, shown: string): boolean {
  if (/\.(docx|odt)$/i.test(shown)) return true;
  let fd: number | undefined;
  try {
    // Only a regular file is looked into: a FIFO or a device is left to the bounded reader's message.
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const head = new Uint8Array(4);
    return readSync(fd, head, 0, 4, 0) === 4 && isZipMagic(head);
  } catch {
    return false; // the text reader gives the one clear message for a missing or unreadable file
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The document's bytes, through the one bounded reader: a regular file, at most the zip limit. */
function readBytes(path: string, shown: string): Uint8Array {
  return readFileBounded(path, shown, ZIP_LIMITS.maxArchiveBytes);
}

/** A declaration of a DOCTYPE or an entity anywhere in the text. */
export function hasDoctype(xml: string): boolean {
  return /<!\s*(DOCTYPE|ENTITY)/i.test(xml);
}

/** The body XML of an office document given as bytes. */
export function officeXmlOf(bytes: Uint8Array, shown: string): OfficeXml {
  const entries = zipEntries(bytes, shown);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const docx = byName.get('word/document.xml');
  const odt = byName.get('content.xml');
  let kind: OfficeKind;
  if (docx) kind = 'docx';
  else if (odt) {
    const mimetype = byName.get('mimetype');
    const type = mimetype ? new TextDecoder().decode(readZipEntry(bytes, mimetype, shown)).trim() : '';
    if (type !== '' && !/^application\/vnd\.oasis\.opendocument\.text(-template)?$/.test(type)) throw new InputError(msg('document.notText', { file: shown, type }));
    kind = 'odt';
  } else throw new InputError(msg('document.notOffice', { file: shown }));
  const entry = (docx ?? odt)!;
  const raw = readZipEntry(bytes, entry, shown, ZIP_LIMITS);
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new InputError(msg('document.notUtf8', { file: shown, part: entry.name }));
  }
  if (hasDoctype(xml)) throw new InputError(msg('document.doctype', { file: shown, part: entry.name }));
  return { kind, xml, part: entry.name };
}

/** The body XML of the office document at `path` (`shown` names it in messages). */
export function readOfficeXml(path: string, shown: string): OfficeXml {
  return officeXmlOf(readBytes(path, shown), shown);
}
