/**
 * Display-width text utilities for Traditional Chinese in a terminal: every measure goes through
 * string-width (a CJK character is two columns wide), never `.length`.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Text in which every code point is one grapheme and one cell of East Asian Width data decides
 * its width: ASCII, Latin, Greek/Cyrillic, general punctuation, CJK (ideographs, kana, Hangul
 * syllables, full-width forms). No combining marks, joiners, variation selectors, jamo, emoji or
 * surrogates: for those, string-width and Intl.Segmenter decide. On this fast path the width of
 * a code point is what string-width gives for it (tested over every code point of the ranges),
 * without paying Intl.Segmenter's start-up (~17 ms) on every run.
 */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u058f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u2100-\u23ff\u2460-\u24ff\u2500-\u27bf\u2e80-\u2fdf\u3000-\u3029\u3030-\u3098\u309b-\u3163\u3165-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff01-\uff9f\uffa1-\uffee]*$/;

export function isSimpleText(text: string): boolean {
  return SIMPLE.test(text);
}

function simpleWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    width += cp < 0x7f ? 1 : eastAsianWidth(cp);
  }
  return width;
}

/** string-width, once some text needs it (loading it costs Intl.Segmenter's start-up). */
let fullWidth: ((text: string) => number) | undefined;

/**
 * Loads string-width if any of `texts` is outside the fast path. Call it with the data before
 * formatting for the terminal; it costs nothing when every text is plain CJK and Latin.
 */
export async function prepareDisplayWidth(texts: Iterable<string>): Promise<void> {
  if (fullWidth) return;
  for (const text of texts) {
    if (!isSimpleText(text)) {
      fullWidth = (await import('string-width')).default;
      return;
    }
  }
}

/** Every string inside a value (for prepareDisplayWidth). */
export function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) yield* stringsOf(v);
}

export function displayWidth(text: string): number {
  if (isSimpleText(text)) return simpleWidth(text);
  if (!fullWidth) throw new Error(`displayWidth: call prepareDisplayWidth() before measuring ${JSON.stringify(text.slice(0, 20))}`);
  return fullWidth(text);
}

let segmenter: Intl.Segmenter | undefined;

/** The graphemes of a text: code points on the fast path, Intl.Segmenter otherwise. */
function graphemesOf(text: string): string[] {
  if (isSimpleText(text)) return [...text];
  segmenter ??= new Intl.Segmenter('zh-Hant', { granularity: 'grapheme' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** Pads with spaces to `width` display columns (left-aligned). */
export function padEnd(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** Pads on the left to `width` display columns (right-aligned). */
export function padStart(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}

/** Closing punctuation never starts a line (行首禁則). */
const NO_LINE_START = new Set([...'，。、：；？！）」』》〉】〕］｝…‥・’”,.;:?!)]}％%']);
/** Opening brackets never end a line (行尾禁則). */
const NO_LINE_END = new Set([...'（「『《〈【〔［｛‘“([{']);

type TokenKind = 'space' | 'word' | 'char';
interface Token {
  text: string;
  width: number;
  kind: TokenKind;
}

/** Latin letters, digits and ASCII punctuation that stay together: words, codes (P1.1.1), numbers. */
const WORDISH = /^[\x21-\x7e]$/;

function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  const flushWord = () => {
    if (word !== '') tokens.push({ text: word, width: displayWidth(word), kind: 'word' });
    word = '';
  };
  for (const segment of graphemesOf(paragraph)) {
    if (/^\s+$/.test(segment)) {
      flushWord();
      const last = tokens[tokens.length - 1];
      if (last?.kind !== 'space') tokens.push({ text: ' ', width: 1, kind: 'space' });
    } else if (WORDISH.test(segment) && !(word === '' && NO_LINE_START.has(segment) && tokens.length > 0 && tokens[tokens.length - 1]!.kind === 'char')) {
      word += segment;
    } else {
      flushWord();
      tokens.push({ text: segment, width: displayWidth(segment), kind: 'char' });
    }
  }
  flushWord();
  return tokens;
}

function splitGraphemes(token: Token): Token[] {
  return graphemesOf(token.text).map((segment) => ({ text: segment, width: displayWidth(segment), kind: 'char' as const }));
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let lineWidth = 0;
  let space = false;
  const widthOf = (ts: readonly Token[]) => ts.reduce((n, t) => n + t.width, 0);
  const queue = tokenize(paragraph);
  while (queue.length > 0) {
    const tok = queue.shift()!;
    if (tok.kind === 'space') {
      space = line.length > 0;
      continue;
    }
    const need = tok.width + (space ? 1 : 0);
    if (lineWidth + need <= width) {
      if (space) line.push({ text: ' ', width: 1, kind: 'space' });
      line.push(tok);
      lineWidth += need;
      space = false;
      continue;
    }
    if (tok.width > width) {
      // A word wider than the line: break it between graphemes.
      queue.unshift(...splitGraphemes(tok));
      continue;
    }
    // Start a new line. Kinsoku: a closing mark takes the line's last character (or word) with
    // it, and an opening bracket never stays at the end of a line; when that can't fit, the
    // break stays where it was.
    const carry: Token[] = [];
    const kept = [...line];
    while (kept.length > 0 && kept[kept.length - 1]!.kind === 'space') kept.pop();
    if (NO_LINE_START.has(tok.text[0]!) && kept.length > 1) carry.unshift(kept.pop()!);
    while (kept.length > 1 && NO_LINE_END.has(kept[kept.length - 1]!.text)) carry.unshift(kept.pop()!);
    while (kept.length > 0 && kept[kept.length - 1]!.kind === 'space') kept.pop();
    const fits = kept.length > 0 && !NO_LINE_END.has(kept[kept.length - 1]!.text) && widthOf(carry) + tok.width <= width;
    if (fits) {
      lines.push(kept);
      line = [...carry, tok];
    } else {
      while (line.length > 0 && line[line.length - 1]!.kind === 'space') line.pop();
      if (line.length > 0) lines.push(line);
      line = [tok];
    }
    lineWidth = widthOf(line);
    space = false;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((ts) => ts.map((t) => t.text).join(''));
}

/**
 * Wraps text to `width` display columns: CJK text breaks between any two characters, Latin words
 * and codes (P1.1.1, ISO 13485's parts) at spaces, a word wider than the line hard; closing
 * punctuation never starts a line and opening brackets never end one. Newlines are kept.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  return text.split(/\r?\n/).flatMap((p) => (fitsAsIs(p, w) ? [p] : wrapParagraph(p, w)));
}

/** Single spaces between words only, and narrow enough: wrapping would give the text back as it is. */
const AS_IS = /^(?:[^\s]+(?: [^\s]+)*)?$/;
function fitsAsIs(paragraph: string, width: number): boolean {
  return paragraph.length <= width && AS_IS.test(paragraph) && displayWidth(paragraph) <= width;
}

/**
 * Wraps `text` after a fixed `prefix` (a label, a code, a bullet); continuation lines are indented
 * by the prefix's width, so the text hangs. The prefix is counted in display columns.
 */
export function hang(prefix: string, text: string, width: number): string[] {
  const indent = displayWidth(prefix);
  const lines = wrap(text, Math.max(4, width - indent));
  return lines.map((l, i) => (i === 0 ? prefix : ' '.repeat(indent)) + l);
}

/** The widest run that `wrap` keeps whole: a Latin word or code such as IIS3512-001v3. */
export function longestWord(text: string): number {
  let best = 0;
  for (const t of tokenize(text.replace(/\n/g, ' '))) if (t.kind === 'word' && t.width > best) best = t.width;
  return best;
}
