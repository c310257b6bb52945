import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/query/fold.ts
function foldsToItself(c) {
  return c >= 19968 && c <= 40959 || c >= 97 && c <= 122 || c >= 48 && c <= 57;
}
function fold(original) {
  let parts = [], from = [], i = 0;
  for (; i < original.length; ) {
    let c = original.charCodeAt(i);
    if (foldsToItself(c)) {
      parts.push(original[i]), from.push(i), i++;
      continue;
    }
    let ch = String.fromCodePoint(original.codePointAt(i));
    if (!/\s/u.test(ch)) {
      let f = ch.normalize("NFKC").toLowerCase();
      for (let k = 0; k < f.length; k++) from.push(i);
      parts.push(f);
    }
    i += ch.length;
  }
  return from.push(original.length), { text: parts.join(""), from };
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
