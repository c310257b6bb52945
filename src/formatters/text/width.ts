/**
 * Display-width text utilities for Traditional Chinese in a terminal: every measure goes through
 * string-width (a CJK character is two columns wide), never `.length`.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter('zh-Hant', { granularity: 'grapheme' });

export function displayWidth(text: string): number {
  return stringWidth(text);
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
  for (const { segment } of graphemes.segment(paragraph)) {
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
  return [...graphemes.segment(token.text)].map(({ segment }) => ({ text: segment, width: displayWidth(segment), kind: 'char' as const }));
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
  return text.split(/\r?\n/).flatMap((p) => wrapParagraph(p, w));
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
