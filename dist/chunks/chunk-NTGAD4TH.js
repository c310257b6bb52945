import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  isMessage
} from "./chunk-TE5S4JRX.js";

// src/model/finding.ts
function formatLocation(loc) {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

// src/model/errors.ts
var CompstdError = class extends Error {
  /** The message by id, rendered in the reader's language by the CLI; undefined for a plain text. */
  msg;
  constructor(message) {
    super(isMessage(message) ? t("zh-Hant", message) : message), this.msg = isMessage(message) ? message : void 0;
  }
}, UsageError = class extends CompstdError {
  exitCode = 2;
  name = "UsageError";
}, InputError = class _InputError extends CompstdError {
  constructor(message, findings = []) {
    super(message);
    this.findings = findings;
  }
  findings;
  exitCode = 2;
  name = "InputError";
  /** One message naming file:line:col for each finding. */
  static fromFindings(file, findings) {
    let errors = findings.filter((f) => f.severity === "error"), shown = errors.length > 0 ? errors : findings, lines = shown.map((f) => `${formatLocation(f)}: ${f.message}`), summary = `${file} is not a valid standard file`;
    return new _InputError([summary, ...lines.map((l) => `  ${l}`)].join(`
`), shown);
  }
}, NotFoundError = class extends CompstdError {
  constructor(ref, suggestions, detail) {
    let hint = suggestions.length > 0 ? `
Did you mean: ${suggestions.join(", ")}?` : "";
    super(`${detail ?? `No standard matches "${ref}" in the catalogue.`}${hint}`);
    this.ref = ref;
    this.suggestions = suggestions;
  }
  ref;
  suggestions;
  exitCode = 2;
  name = "NotFoundError";
};

export {
  formatLocation,
  CompstdError,
  UsageError,
  InputError,
  NotFoundError
};
