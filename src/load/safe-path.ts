/**
 * The one place where data becomes a path. A name taken from a document (a standard's code, its
 * version) is checked before it is joined to the folder it must stay in: no NUL or other control
 * character, no absolute path (`/x`, `\x`, `C:`), no `.` or `..`, no separator, no name over 255
 * bytes; the joined path is proven to lie inside the folder; and on disk nothing below the folder
 * may be a symbolic link (a link could lead out of it), a part that must be a folder must be one,
 * and the file itself, when it exists, must be a regular file. Anything else is one message
 * (InputError, exit 2) — and the caller writes nothing.
 */
import { lstatSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, win32 } from 'node:path';
import { parseStandardCode } from '../model/code.js';
import { InputError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import { ioError, ioMessage, printable } from './errno.js';

/** The longest file name most file systems take (bytes). */
export const MAX_NAME_BYTES = 255;
/** The longest path Linux takes (bytes). */
export const MAX_PATH_BYTES = 4096;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Throws unless `name` is a plain file or folder name: one part of a path, nothing more. */
export function checkName(name: string, shownRoot: string): void {
  const shown = printable(name, 80);
  if (CONTROL.test(name)) throw new InputError(msg('io.path.control', { name: shown }));
  if (isAbsolute(name) || win32.isAbsolute(name) || /^[A-Za-z]:/.test(name)) throw new InputError(msg('io.path.absolute', { name: shown }));
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\\')) {
    throw new InputError(msg('io.path.traversal', { name: shown, root: shownRoot }));
  }
  const length = Buffer.byteLength(name, 'utf8');
  if (length > MAX_NAME_BYTES) throw new InputError(msg('io.path.too-long', { name: shown, length, max: MAX_NAME_BYTES }));
}

/**
 * `root/<names…>`, proven to stay inside `root`: each name checked (checkName), the result inside
 * `root` once resolved, and on disk no symbolic link below `root`, a folder where one must be and
 * a regular file (or nothing) at the end. `shown` is how paths are shown in messages.
 */
export function pathInside(root: string, names: readonly string[], shown: (path: string) => string = (p) => p): string {
  const base = resolve(root);
  const shownRoot = shown(base);
  for (const name of names) checkName(name, shownRoot);
  const path = resolve(base, ...names);
  const rel = relative(base, path);
  if (rel === '' || rel.split(/[\\/]/)[0] === '..' || isAbsolute(rel)) {
    throw new InputError(msg('io.path.outside', { path: printable(shown(path)), root: shownRoot }));
  }
  const length = Buffer.byteLength(path, 'utf8');
  if (length > MAX_PATH_BYTES) throw new InputError(msg('io.path.too-long', { name: printable(shown(path), 80), length, max: MAX_PATH_BYTES }));
  try {
    // The folder itself is the user's to choose (a link to it is theirs too); below it, nothing is followed.
    const own = statSync(base, { throwIfNoEntry: false });
    if (own && !own.isDirectory()) throw new InputError(msg('io.path.not-folder', { path: shownRoot }));
    let at = base;
    for (const [i, name] of names.entries()) {
      at = join(at, name);
      const st = lstatSync(at, { throwIfNoEntry: false });
      if (!st) break;
      if (st.isSymbolicLink()) throw new InputError(msg('io.path.symlink', { path: shown(at), root: shownRoot }));
      if (i < names.length - 1) {
        if (!st.isDirectory()) throw new InputError(msg('io.path.not-folder', { path: shown(at) }));
      } else if (st.isDirectory()) throw new InputError(ioMessage('write', 'EISDIR', shown(at)));
      else if (!st.isFile()) throw new InputError(msg('io.write.not-regular', { file: shown(at) }));
    }
  } catch (e) {
    // A part of the folder's own path is a file (ENOTDIR), no permission, a name too long, …
    throw e instanceof InputError ? e : ioError('write', e, shown(path));
  }
  return path;
}

/**
 * Where a standard goes in a catalogue folder: `root/<CODE>/v<N>.yaml`, from the standard's own
 * code and version — refused (nothing to write) unless the code is a standard code
 * (IIS3512-001v3) and the version a whole number from 1, and proven to stay inside `root`.
 */
export function catalogFilePath(root: string, code: string, version: number, shown: (path: string) => string = (p) => p): string {
  const shownRoot = shown(resolve(root));
  checkName(code, shownRoot); // the most telling message first: traversal, absolute, NUL, too long
  const parsed = parseStandardCode(code);
  if (!parsed || code !== code.trim()) throw new InputError(msg('io.path.invalid-code', { code: printable(code, 80) }));
  if (!Number.isSafeInteger(version) || version < 1) throw new InputError(msg('io.path.invalid-version', { version: printable(String(version), 40) }));
  return pathInside(root, [parsed.base, `v${version}.yaml`], shown);
}
