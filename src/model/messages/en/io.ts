/** The io messages in English. Ids: `io.<what>`; the same ids as in ../zh-Hant/io.ts. */
import type { Catalogue, Params } from '../../i18n.js';

/** Why an operation on a file failed, by errno code (and compstd's own reasons). */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is too large for the file system',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
  EEXIST: 'it already exists',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EXDEV: 'it is on another file system',
  EINVAL: 'invalid argument',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EAGAIN: 'the input is not ready (non-blocking)',
  EBADF: 'the file is not open',
  ECONNRESET: 'the connection was reset',
  'not-regular': 'it is not a regular file (a device, FIFO or socket)',
  'too-large': 'it is larger than the limit',
};

const reason = (p: Params): string => {
  const code = String(p.code ?? '');
  const why = REASONS[code] ?? (code !== '' ? `system error ${code}` : 'unknown error');
  return p.limit !== undefined ? `${why} (${String(p.limit)} bytes at most)` : why;
};

export const IO_EN = {
  'io.read': (p) => `Cannot read ${String(p.file)}: ${reason(p)}`,
  'io.write': (p) => `Cannot write ${String(p.file)}: ${reason(p)}`,
  'io.stdin': (p) => `Cannot read standard input: ${reason(p)}`,
  'io.stdout': (p) => `Cannot write to standard output: ${reason(p)}`,
  'io.write.exists': '{file} exists: give --force to overwrite it',
  'io.write.symlink': '{file} is a symbolic link: compstd does not write through links inside an --into folder',
  'io.write.not-regular': '{file} is not a regular file (a device, FIFO or socket): compstd writes only regular files; redirect standard output instead',
  'io.path.invalid-code': 'The document\'s code "{code}" is not a standard code (3 letters, 4 digits, "-", 3 digits, e.g. IIS3512-001v3): nothing was written',
  'io.path.invalid-version': 'The document\'s version "{version}" is not a whole number from 1: nothing was written',
  'io.path.traversal': 'The name "{name}" would lead out of {root} (. or .. or a separator): nothing was written',
  'io.path.absolute': 'The name "{name}" is an absolute path: nothing was written',
  'io.path.control': 'The name "{name}" holds a NUL or another control character: nothing was written',
  'io.path.too-long': 'The name "{name}" is too long ({length} bytes; at most {max}): nothing was written',
  'io.path.outside': '{path} is not inside {root}: nothing was written',
  'io.path.not-folder': '{path} is not a folder: nothing was written',
  'io.path.symlink': '{path} is a symbolic link: compstd does not follow links inside {root}, nothing was written',
} satisfies Catalogue;
