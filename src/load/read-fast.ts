/**
 * The fast path of reading a standard file, apart from the full one (read.ts) so that a caller
 * that only wants clean files' standards loads js-yaml and the precompiled schema check, not the
 * YAML parser with positions and what locates findings.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { CORE_SCHEMA, load as fastLoad } from 'js-yaml';
import type { Standard } from '../model/schema.js';
import { validate } from './generated/standard-validator.js';

/**
 * Text the fast path may read: anything with anchors, aliases, tags, merge keys or a __proto__
 * key goes to the full parser, which guards against each of them and says where they are.
 */
function notForFastPath(text: string): boolean {
  // indexOf, not one regular expression: this runs over every byte of every file.
  return (
    text.includes('&') ||
    text.includes('*') ||
    text.includes('!') ||
    text.includes('<<') ||
    text.includes('__proto__') ||
    text.startsWith('---') ||
    text.includes('\n---') ||
    text.includes('\n...')
  );
}

/**
 * The fast path: js-yaml (YAML 1.2 core schema, no positions) and the precompiled schema check.
 * Most files of a catalogue are clean, and for them this is all the work there is: 10–20× less
 * than building a document with positions. Anything unusual returns undefined, for the full path.
 */
export function fastStandard(text: string): Standard | undefined {
  if (notForFastPath(text)) return undefined;
  let value: unknown;
  try {
    value = fastLoad(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined; // the full parser will say what is wrong, and where
  }
  return validate(value) ? (value as Standard) : undefined;
}

/**
 * The standard in a file's bytes when the fast path takes them: valid UTF-8 with no byte order
 * mark, and a clean standard. Undefined for anything else: the full reader says what and where.
 */
export function fastStandardBytes(bytes: Uint8Array): Standard | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  if (bytes.includes(0) || !isUtf8(bytes)) return undefined;
  return fastStandard(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}
