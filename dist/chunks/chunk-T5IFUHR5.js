import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/query/fold.ts
function fold(original) {
  let text = "", from = [], i = 0;
  for (let ch of original) {
    if (!/\s/u.test(ch)) {
      let f = ch.normalize("NFKC").toLowerCase();
      for (let k = 0; k < f.length; k++) from.push(i);
      text += f;
    }
    i += ch.length;
  }
  return from.push(original.length), { text, from };
}
function foldKey(original) {
  return original.replace(/\s+/gu, "").normalize("NFKC").toLowerCase();
}
function originalSpan(original, f, start, end) {
  let a = f.from[start], last = f.from[end - 1];
  return [a, last + ((original.codePointAt(last) ?? 0) > 65535 ? 2 : 1)];
}

export {
  fold,
  foldKey,
  originalSpan
};
