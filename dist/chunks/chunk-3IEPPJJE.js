import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/load/name-key.ts
function nameKey(text) {
  let a = 2166136261, b = 84696351;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619), b = Math.imul(b ^ c, 16777619);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

export {
  nameKey
};
