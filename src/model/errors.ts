/**
 * Typed errors. Core code throws these; the CLI maps them to a message and an exit code in one
 * place (src/cli/errors.ts). Anything else that escapes is a bug, shown with a stack under --debug.
 */
import type { Finding } from './finding.js';
import { formatLocation } from './finding.js';
import { isMessage, type Message } from './i18n.js';
import { t } from './messages/index.js';

export abstract class CompstdError extends Error {
  /** 1 = findings, 2 = usage or input error. */
  abstract readonly exitCode: 1 | 2;
  /** The message by id, rendered in the reader's language by the CLI; undefined for a plain text. */
  readonly msg: Message | undefined;

  constructor(message: string | Message) {
    super(isMessage(message) ? t('zh-Hant', message) : message);
    this.msg = isMessage(message) ? message : undefined;
  }
}

/** The command line itself is wrong: unknown option value, missing argument. */
export class UsageError extends CompstdError {
  readonly exitCode = 2 as const;
  override name = 'UsageError';
}

/** A file the user pointed at can't be used: not YAML, breaks the schema, empty, unreadable. */
export class InputError extends CompstdError {
  readonly exitCode = 2 as const;
  override name = 'InputError';
  constructor(
    message: string | Message,
    readonly findings: readonly Finding[] = [],
  ) {
    super(message);
  }

  /** One message naming file:line:col for each finding. */
  static fromFindings(file: string, findings: readonly Finding[]): InputError {
    const errors = findings.filter((f) => f.severity === 'error');
    const shown = errors.length > 0 ? errors : findings;
    const lines = shown.map((f) => `${formatLocation(f)}: ${f.message}`);
    const summary = `${file} is not a valid standard file`;
    return new InputError([summary, ...lines.map((l) => `  ${l}`)].join('\n'), shown);
  }
}

/** A reference names nothing in the catalogue. */
export class NotFoundError extends CompstdError {
  readonly exitCode = 2 as const;
  override name = 'NotFoundError';
  constructor(
    readonly ref: string,
    readonly suggestions: readonly string[],
    detail?: string,
  ) {
    const hint = suggestions.length > 0 ? `\nDid you mean: ${suggestions.join(', ')}?` : '';
    super(`${detail ?? `No standard matches "${ref}" in the catalogue.`}${hint}`);
  }
}
