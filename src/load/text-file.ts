/** Reading a text file that is not a standard (a document to import): one clear error, no stack. */
import { MAX_DOCUMENT_BYTES, readTextBounded } from './bounded.js';

/** The text of a document, through the bounded reader: a regular file of at most MAX_DOCUMENT_BYTES. */
export function readTextFile(path: string, shown: string): string {
  return readTextBounded(path, shown, MAX_DOCUMENT_BYTES);
}
