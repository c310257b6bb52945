import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/encode/terminal.ts
var UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, HAS_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
function escape(ch) {
  let cp = ch.charCodeAt(0);
  return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}
function terminalSafe(text) {
  return HAS_UNSAFE.test(text) ? text.replace(/\r\n?/g, `
`).replace(/\t/g, " ").replace(UNSAFE, escape) : text;
}
function terminalSafeDeep(value) {
  return deep(value);
}
function deep(value) {
  if (typeof value == "string") return terminalSafe(value);
  if (Array.isArray(value)) return value.map(deep);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [deep(k), deep(v)]));
  if (value instanceof Set) return new Set([...value].map(deep));
  if (value !== null && typeof value == "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    let out = {};
    for (let [k, v] of Object.entries(value)) out[k] = deep(v);
    return out;
  }
  return value;
}
export {
  terminalSafe,
  terminalSafeDeep
};
