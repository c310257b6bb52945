/**
 * The one mapping of an operating-system error to a plain message: reading, writing, standard
 * input and standard output all say "cannot read X: permission denied" the same way, in the
 * reader's language (messages by id in the `io` domain), with exit 2 — never "internal error".
 * An error without an errno code is not an ordinary I/O failure and is passed on as it is.
 */
import { InputError } from '../model/errors.js';
import { msg, type Message } from '../model/i18n.js';

/** What was being done: reading or writing a named file, or a standard stream. */
export type IoAction = 'read' | 'write' | 'stdin' | 'stdout';

/** compstd's own reasons, beside the errno codes. */
export type OwnReason = 'not-regular' | 'too-large';

/** The errno code of an error (`ENOENT`, `EACCES`, …), when it has one. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** Whether an error is an ordinary failure of the file system or of a stream (it has an errno code). */
export function isIoError(e: unknown): boolean {
  return errnoCode(e) !== undefined;
}

/** The message for a failure: an errno code or one of compstd's own reasons. */
export function ioMessage(action: IoAction, code: string, file?: string, limit?: number): Message {
  const params: Record<string, string | number> = { code };
  if (file !== undefined) params.file = printable(file);
  if (limit !== undefined) params.limit = limit;
  return msg(`io.${action}`, params);
}

/**
 * The error to throw for a failure while reading or writing: an InputError (exit 2) with the
 * message by id. An error that is not an I/O failure is returned unchanged, to surface as a bug.
 */
export function ioError(action: IoAction, e: unknown, file?: string): unknown {
  const code = errnoCode(e);
  return code === undefined ? e : new InputError(ioMessage(action, code, file));
}

/** An InputError for one of compstd's own reasons (not a regular file, too large). */
export function ownIoError(action: IoAction, reason: OwnReason, file?: string, limit?: number): InputError {
  return new InputError(ioMessage(action, reason, file, limit));
}

/**
 * A name as it may be shown in a message: control characters (C0, DEL, C1, and the line and
 * paragraph separators) written as \u{…} escapes, and no longer than `max` characters — a name
 * from the data must not reach a terminal raw.
 */
export function printable(name: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const escaped = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
