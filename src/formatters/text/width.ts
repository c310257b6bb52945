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
 * Loads string-width if any of `texts` is outside the fast path. The output path calls it with
 * the data before a text formatter runs; it costs nothing when every text is plain CJK and Latin.
 * Without it, `displayWidth` still answers (see `graphemeWidth`), so no caller can get the order
 * wrong: it only decides whether string-width itself measures emoji and combining sequences.
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

/** Every string inside a value (for prepareDisplayWidth): arrays, plain objects and maps. */
export function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value instanceof Map) for (const v of value.values()) yield* stringsOf(v);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) yield* stringsOf(v);
}

const ZERO_WIDTH = /^(?:\p{Mark}|\p{Default_Ignorable_Code_Point}|\p{Control}|\p{Format})+$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * The width of one grapheme when string-width is not loaded: what string-width 8 does for the
 * cases that matter in a terminal (marks and joiners are 0, emoji 2, else East Asian Width).
 */
function graphemeWidth(g: string): number {
  if (ZERO_WIDTH.test(g)) return 0;
  if (PICTOGRAPHIC.test(g)) return 2;
  return eastAsianWidth(g.codePointAt(0)!);
}

export function displayWidth(text: string): number {
  if (isSimpleText(text)) return simpleWidth(text);
  if (fullWidth) return fullWidth(text);
  let width = 0;
  for (const g of graphemesOf(text)) width += graphemeWidth(g);
  return width;
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

const SPACE: Token = { text: ' ', width: 1, kind: 'space' };

/**
 * Greedy line breaking in one pass over the tokens (linear in the text; no recursion, so a
 * word of any length is broken between graphemes). A break at a space is always allowed. A
 * break between two characters keeps the kinsoku rules: a closing mark takes the line's last
 * character with it (the last grapheme of a word, where the word is all the line has), and an
 * opening bracket goes down to the next line with what follows it.
 */
function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line: Token[] = [];
  let lineWidth = 0;
  let space = false;
  const flush = () => {
    while (line.length > 0 && line[line.length - 1]!.kind === 'space') lineWidth -= line.pop()!.width;
    lines.push(line.map((t) => t.text).join(''));
    line = [];
    lineWidth = 0;
  };
  const append = (tok: Token) => {
    line.push(tok);
    lineWidth += tok.width;
  };
  /** A word wider than what is left of the line: its graphemes one by one, a break where full. */
  const hard = (tok: Token) => {
    for (const g of graphemesOf(tok.text)) {
      const w = displayWidth(g);
      if (lineWidth + w > width && line.length > 0) flush();
      append({ text: g, width: w, kind: 'char' });
    }
  };
  for (const tok of tokenize(paragraph)) {
    if (tok.kind === 'space') {
      space = line.length > 0;
      continue;
    }
    const gap = space ? 1 : 0;
    if (lineWidth + gap + tok.width <= width) {
      if (space) append(SPACE);
      append(tok);
      space = false;
      continue;
    }
    if (space || line.length === 0) {
      // A break at a space (or at the start of a line): nothing to carry.
      if (line.length > 0) flush();
      space = false;
      if (tok.width > width) hard(tok);
      else append(tok);
      continue;
    }
    // A break between two characters: what must not end this line or start the next moves down.
    const carry: Token[] = [];
    const moveLast = () => {
      const last = line.pop()!;
      lineWidth -= last.width;
      carry.unshift(last);
    };
    if (NO_LINE_START.has(tok.text[0]!)) moveLast();
    while (line.length > 0 && NO_LINE_END.has(line[line.length - 1]!.text)) moveLast();
    if (line.length === 0) {
      // Everything would move down: the line stays, and where the next token is a closing mark
      // the last grapheme of the line's last word goes down with it.
      for (const t of carry) append(t);
      const last = line[line.length - 1]!;
      const graphemes = last.kind === 'word' ? graphemesOf(last.text) : [];
      if (NO_LINE_START.has(tok.text[0]!) && graphemes.length > 1) {
        line.pop();
        lineWidth -= last.width;
        const tail = graphemes.pop()!;
        const head = graphemes.join('');
        append({ text: head, width: displayWidth(head), kind: 'word' });
        flush();
        append({ text: tail, width: displayWidth(tail), kind: 'char' });
      }
      if (lineWidth + tok.width <= width) append(tok);
      else hard(tok);
      continue;
    }
    flush();
    for (const t of carry) append(t);
    if (lineWidth + tok.width <= width) append(tok);
    else hard(tok);
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
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
