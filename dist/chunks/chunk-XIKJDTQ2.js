import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  InputError
} from "./chunk-NTGAD4TH.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";

// src/load/errno.ts
function errnoCode(e) {
  let code = e?.code;
  return typeof code == "string" && /^E[A-Z0-9]+$/.test(code) ? code : void 0;
}
function ioMessage(action, code, file, limit) {
  let params = { code };
  return file !== void 0 && (params.file = printable(file)), limit !== void 0 && (params.limit = limit), msg(`io.${action}`, params);
}
function ioError(action, e, file) {
  let code = errnoCode(e);
  return code === void 0 ? e : new InputError(ioMessage(action, code, file));
}
function ownIoError(action, reason, file, limit) {
  return new InputError(ioMessage(action, reason, file, limit));
}
function printable(name, max = 200) {
  let escaped = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return escaped.length > max ? `${escaped.slice(0, max)}\u2026` : escaped;
}

export {
  ioMessage,
  ioError,
  ownIoError,
  printable
};
