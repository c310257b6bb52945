/**
 * The one bounded reader of every input: standard files, documents to import, `.compstd.yaml`
 * and standard input. A file must be a regular file (a device, FIFO or socket — also behind a
 * symbolic link — is refused before it is opened for reading, and again after, by fstat of what
 * was opened); at most `limit` + 1 bytes are ever read, whatever the size said (a file that grows,
 * a /proc file that says 0), so memory stays bounded; standard input is read in chunks and
 * dropped at the limit. Each failure is one message (InputError, exit 2).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import { ioError, ioMessage, ownIoError } from './errno.js';

const MiB = 1024 * 1024;

/** A standard file: real ones are 5–50 KB; anything past this is not one (and would cost memory to parse). */
export const MAX_STANDARD_BYTES = 4 * MiB;
/** A document to import (the text of a published standard: 20–200 KB). */
export const MAX_DOCUMENT_BYTES = 16 * MiB;
/** A catalogue's `.compstd.yaml`. */
export const MAX_CONFIG_BYTES = 1 * MiB;

/** Opened without blocking (a FIFO swapped in after the check must not hang) and never as a terminal. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of a regular file, at most `limit` of them. `file` is the name shown in messages.
 * Throws InputError: no such file, a folder, not a regular file, too large, no permission, ….
 */
export function readFileBounded(path: string, file: string, limit: number): Buffer {
  let st;
  try {
    st = statSync(path); // follows a symbolic link: a link to /dev/zero is a character device here
  } catch (e) {
    throw ioError('read', e, file);
  }
  if (st.isDirectory()) throw new InputError(ioMessage('read', 'EISDIR', file));
  if (!st.isFile()) throw ownIoError('read', 'not-regular', file);
  if (st.size > limit) throw ownIoError('read', 'too-large', file, limit);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw ioError('read', e, file);
  }
  try {
    // What was opened may not be what was checked (the name was changed meanwhile).
    const opened = fstatSync(fd);
    if (opened.isDirectory()) throw new InputError(ioMessage('read', 'EISDIR', file));
    if (!opened.isFile()) throw ownIoError('read', 'not-regular', file);
    const cap = limit + 1; // one byte more tells a file over the limit
    let buf = Buffer.allocUnsafe(Math.min(cap, Math.max(opened.size + 1, 64 * 1024)));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (buf.length >= cap) break;
        const bigger = Buffer.allocUnsafe(Math.min(cap, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > limit) throw ownIoError('read', 'too-large', file, limit);
    return buf.subarray(0, n);
  } catch (e) {
    throw e instanceof InputError ? e : ioError('read', e, file);
  } finally {
    closeSync(fd);
  }
}

/** A regular file as UTF-8 text (invalid sequences replaced, a BOM kept), at most `limit` bytes. */
export function readTextBounded(path: string, file: string, limit: number): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileBounded(path, file, limit));
}

/**
 * All of a stream (standard input), at most `limit` bytes: read chunk by chunk, and at the first
 * chunk past the limit the stream is dropped and one message given.
 */
export async function readStreamBounded(stream: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
      n += bytes.length;
      if (n > limit) throw ownIoError('stdin', 'too-large', undefined, limit); // leaving the loop closes the stream
      chunks.push(bytes);
    }
  } catch (e) {
    throw e instanceof InputError ? e : ioError('stdin', e);
  }
  return Buffer.concat(chunks, n);
}
