/**
 * Text repairs of what copying a PDF broke, and the small text helpers the importer shares: no
 * I/O, no knowledge of the document's parts.
 */

/**
 * Whitespace between two Han characters, or after a full-width 、，。；： before one: left by PDF
 * copying (「維 運日誌表」, a line wrapped after 「名牌、」 → 「名牌、 護照套」).
 */
const SPACE_IN_WORD = /(?<=[\p{Script=Han}、，。；：])[ \t\u3000\u00a0]+(?=\p{Script=Han})/gu;

/**
 * Removes the spaces that copying put inside Chinese words. Spaces that belong — between Latin
 * words, around a bracket or slash, in 「ISO 13485」 — are kept.
 */
export function removeCjkSpaces(text: string): string {
  return text.replace(SPACE_IN_WORD, '');
}

/** Line breaks and runs of whitespace inside a cell become one space; the ends are trimmed. */
export function squash(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .trim();
}

/** Cells that say "nothing here". */
export function isNone(text: string): boolean {
  return /^(無|无|none|n\/a|[-—–－]+)[。.]?$/i.test(text.trim());
}

/** Label text compared without spaces, brackets of any width, or a trailing colon. */
export function labelKey(text: string): string {
  return text
    .replace(/[\s*#●•]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[：:]$/, '');
}

/** Joins two pieces of a text cut by a line or page break: no space between Han characters. */
export function joinCut(before: string, after: string): string {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const han = /\p{Script=Han}|[，。、；：！？（）【】「」]/u;
  return han.test(a.at(-1)!) || han.test(b[0]!) ? `${a}${b}` : `${a} ${b}`;
}

/** 「A, B and C」 */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
