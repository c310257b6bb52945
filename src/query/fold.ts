/**
 * Folding for search and comparison in Chinese: full-width and half-width forms alike (NFKC:
 * 「，」 = 「,」, 「（」 = 「(」, 「Ａ」 = 「A」), Latin case ignored, white space dropped. The fold
 * keeps, for each of its characters, where it came from, so a match maps back to the original.
 */
export interface Folded {
  text: string;
  /** `from[i]` = index in the original of folded character i; `from[text.length]` = its length. */
  from: number[];
}

/**
 * Whether a UTF-16 unit folds to itself: a CJK unified ideograph, a lower-case ASCII letter or a
 * digit (NFKC and lower case leave them, and they are no white space). Most of a Chinese text is.
 */
function foldsToItself(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

export function fold(original: string): Folded {
  const parts: string[] = [];
  const from: number[] = [];
  let i = 0;
  while (i < original.length) {
    const c = original.charCodeAt(i);
    if (foldsToItself(c)) {
      parts.push(original[i]!);
      from.push(i);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(original.codePointAt(i)!);
    if (!/\s/u.test(ch)) {
      const f = ch.normalize('NFKC').toLowerCase();
      for (let k = 0; k < f.length; k++) from.push(i);
      parts.push(f);
    }
    i += ch.length;
  }
  from.push(original.length);
  return { text: parts.join(''), from };
}

/** The folded text only (for keys and comparison). */
export function foldKey(original: string): string {
  return original.replace(/\s+/gu, '').normalize('NFKC').toLowerCase();
}

/** Maps a match [start, end) of the folded text back to the original string. */
export function originalSpan(original: string, f: Folded, start: number, end: number): [number, number] {
  const a = f.from[start]!;
  const last = f.from[end - 1]!;
  return [a, last + ((original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)];
}
