/**
 * The one atomic writer: a file is written whole or not at all. The content goes to a temporary
 * file beside the target (created exclusively, never through a link), is flushed to disk, given
 * the mode (and, as root, the owner) of the file it replaces, and renamed over it; the folder is
 * flushed too. An interrupted or failed write leaves the target as it was (missing, or the old
 * complete file) and no temporary file:
 *
 * - SIGINT, SIGTERM and SIGHUP are caught while compstd writes: a write in progress finishes (it
 *   is synchronous) or its temporary file is removed, then the signal is raised again, so the
 *   process still ends as the signal says.
 * - A target that is a symbolic link is written through: its target gets the content and the
 *   link stays (as `>` in a shell does) — or, with `symlinks: 'refuse'` (import --into), refused.
 * - A target that is a folder, a device, a FIFO or a socket is refused: only regular files are
 *   replaced (so `-o /dev/null` as root never replaces the device with a file).
 * - Every ordinary failure (no such folder, a part of the path is a file, permission denied,
 *   read-only file system, disk full, name too long, …) is one plain message and exit 2.
 */
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import { ioError, ioMessage } from './errno.js';

export interface WriteOptions {
  /** What to do when the target is a symbolic link: write to what it points at (default), or refuse. */
  symlinks?: 'follow' | 'refuse';
}

/** Temporary files being written, removed if a signal ends the process. */
const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let guarded = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of live) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  live.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal); // no listener now: the default action ends the process
}

/** From the first write on, a signal no longer kills compstd in the middle of one. */
function guardSignals(): void {
  if (guarded) return;
  guarded = true;
  for (const s of SIGNALS) {
    try {
      process.on(s, onSignal);
    } catch {
      // a signal this platform does not have
    }
  }
}

/** Where a chain of symbolic links leads (also when its end does not exist yet). */
function followLinks(path: string, display: string): { target: string; stat: Stats | undefined } {
  let at = path;
  for (let hops = 0; hops < 40; hops++) {
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (!st?.isSymbolicLink()) return { target: at, stat: st };
    at = resolve(dirname(at), readlinkSync(at));
  }
  throw new InputError(ioMessage('write', 'ELOOP', display));
}

/** A short, unguessable name beside the target: a long target name must not make it too long. */
function temporaryName(target: string): string {
  const base = basename(target);
  const short = Buffer.byteLength(base, 'utf8') <= 64 ? base : 'compstd';
  return join(dirname(target), `.${short}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function writeFileAtomic(path: string, content: string | Uint8Array, display: string = path, options: WriteOptions = {}): void {
  let target: string;
  let existing: Stats | undefined;
  try {
    const first = lstatSync(path, { throwIfNoEntry: false });
    if (first?.isSymbolicLink()) {
      if (options.symlinks === 'refuse') throw new InputError(msg('io.write.symlink', { file: display }));
      ({ target, stat: existing } = followLinks(path, display));
    } else {
      target = path;
      existing = first;
    }
  } catch (e) {
    throw e instanceof InputError ? e : ioError('write', e, display);
  }
  if (existing?.isDirectory()) throw new InputError(ioMessage('write', 'EISDIR', display));
  if (existing && !existing.isFile()) throw new InputError(msg('io.write.not-regular', { file: display }));

  guardSignals();
  const tmp = temporaryName(target);
  let fd: number | undefined;
  try {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    fd = openSync(tmp, flags, existing ? 0o600 : 0o666); // a new file: 0666 less the umask, as any tool
    live.add(tmp);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (existing) {
      // The replaced file's owner (only root may give a file away) and mode, set-id bits included.
      if (typeof process.getuid === 'function' && (existing.uid !== process.getuid() || existing.gid !== process.getgid?.())) {
        try {
          fchownSync(fd, existing.uid, existing.gid);
        } catch {
          // not root, or a file system without owners: the file is then ours
        }
      }
      fchmodSync(fd, existing.mode & 0o7777);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
    live.delete(tmp);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // closing is all that is left to try
      }
    }
    if (live.has(tmp)) {
      try {
        unlinkSync(tmp);
      } catch {
        // never created, or already gone
      }
      live.delete(tmp);
    }
    throw ioError('write', e, display);
  }
  syncFolder(dirname(target));
}

/** Flushes a folder's entries (the rename) to disk, where the platform allows it. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // not possible everywhere (Windows); the file itself is on disk
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a file (or what a link names) is at `path`: --force decides whether it is replaced. */
export function targetExists(path: string): boolean {
  return existsSync(path);
}

/** Makes the folder of `path` with its parents; a failure is one plain message (exit 2). */
export function makeFolderFor(path: string, display: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw ioError('write', e, display);
  }
}
