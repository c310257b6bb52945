/**
 * Reading entries of a zip archive (DOCX and ODT are zips), bounded: the archive's size, the
 * number of entries, the declared and the actual uncompressed size (in total and per entry) and
 * the compression ratio are all limited, so that a zip bomb is refused before and while it is
 * inflated. The central directory is read here (a few dozen lines of the zip format); inflating
 * is fflate's streaming `Inflate`, fed in small chunks so that no entry can inflate past its
 * limit. Encrypted entries, ZIP64 and compression methods other than stored/deflate are refused:
 * no office suite writes them into a DOCX or ODT.
 */
import { Inflate } from 'fflate';
import { InputError } from '../model/errors.js';
import { msg } from '../model/i18n.js';

export interface ZipLimits {
  /** Largest archive read at all. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** Largest uncompressed size of one entry that is read. */
  maxEntryBytes: number;
  /** Largest sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest ratio of uncompressed to compressed size of an entry over 1 MB. */
  maxRatio: number;
}

/** A standard's DOCX is 20–200 KB with a document part under 2 MB; these leave a wide margin. */
export const ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
  maxEntryBytes: 40 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 16 * 1024;

/** The first bytes of a zip archive (`PK\3\4`), or an empty one (`PK\5\6`). */
export function isZipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** A zip that can't be read: `what` names the defect (`document.brokenZip.<what>`). */
function broken(file: string, what: string, params: Record<string, string | number> = {}): InputError {
  return new InputError(msg(`document.brokenZip.${what}`, { file, ...params }));
}

/** A zip refused as a bomb: `what` names the limit (`document.zipBomb.<what>`). */
function bomb(file: string, what: string, params: Record<string, string | number>): InputError {
  return new InputError(msg(`document.zipBomb.${what}`, { file, ...params }));
}

/** The entries listed by the archive's central directory, checked against the limits. */
export function zipEntries(bytes: Uint8Array, file: string, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  if (bytes.length > limits.maxArchiveBytes) throw new InputError(msg('document.tooLarge', { file, bytes: bytes.length, max: limits.maxArchiveBytes }));
  if (!isZipMagic(bytes)) throw new InputError(msg('document.notZip', { file }));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw broken(file, 'noEnd');
  const count = u16(eocd + 10);
  const dirSize = u32(eocd + 12);
  const dirOffset = u32(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw broken(file, 'zip64');
  if (count > limits.maxEntries) throw bomb(file, 'entries', { count, max: limits.maxEntries });
  if (dirOffset + dirSize > eocd) throw broken(file, 'directory');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL) throw broken(file, 'directory');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > eocd) throw broken(file, 'directory');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw broken(file, 'zip64');
    total += size;
    if (total > limits.maxTotalBytes) throw bomb(file, 'total', { max: limits.maxTotalBytes });
    if (size > 1024 * 1024 && size > compressedSize * limits.maxRatio) {
      throw bomb(file, 'ratio', { entry: name, ratio: Math.round(size / Math.max(1, compressedSize)), max: limits.maxRatio });
    }
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The uncompressed bytes of one entry. It is inflated in chunks and stops, refused, as soon as it
 * goes past its declared size or the entry limit: a lying header cannot make it inflate more.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, file: string, limits: ZipLimits = ZIP_LIMITS): Uint8Array {
  if ((entry.flags & 1) !== 0) throw broken(file, 'encrypted', { entry: entry.name });
  if (entry.size > limits.maxEntryBytes) throw bomb(file, 'entry', { entry: entry.name, size: entry.size, max: limits.maxEntryBytes });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw broken(file, 'entry', { entry: entry.name });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw broken(file, 'entry', { entry: entry.name });
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw broken(file, 'entry', { entry: entry.name });
    return data;
  }
  if (entry.method !== 8) throw broken(file, 'method', { entry: entry.name, method: entry.method });
  const out = new Uint8Array(entry.size);
  let length = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    if (over) return;
    if (length + chunk.length > entry.size) {
      over = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let p = 0; p < data.length && !over; p += CHUNK) inflate.push(data.subarray(p, Math.min(data.length, p + CHUNK)), p + CHUNK >= data.length);
  } catch {
    throw broken(file, 'inflate', { entry: entry.name });
  }
  if (over) throw bomb(file, 'inflate', { entry: entry.name, size: entry.size });
  if (length !== entry.size) throw broken(file, 'size', { entry: entry.name, got: length, want: entry.size });
  return out;
}
