import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/load/name-key.ts
function nameKey(text) {
  return fnv(text.length, (i) => text.charCodeAt(i));
}
function fnv(length, unit) {
  let a = 2166136261, b = 84696351;
  for (let i = 0; i < length; i++) {
    let c = unit(i);
    a = Math.imul(a ^ c, 16777619), b = Math.imul(b ^ c, 16777619);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
function bytesKey(bytes) {
  return fnv(bytes.length, (i) => bytes[i]) + bytes.length.toString(16);
}
var counter = 0;
function uniqueName() {
  return counter++, `${Date.now().toString(36)}-${process.pid.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export {
  nameKey,
  bytesKey,
  uniqueName
};
