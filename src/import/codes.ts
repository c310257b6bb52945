/**
 * Codes inside cells: a cell of the task table holds one or several coded texts, the code glued to
 * its text (`K01影音協定傳輸原理 K02監控系統技術規範`) or spaced (`K01 資訊技術…`), at times glued to the
 * end of the text before it (`…相關專利T1.3分析…`).
 */

export type CodeKind = 'T' | 'O' | 'P' | 'K' | 'S' | 'A';

/** The code shapes of each column; malformed codes seen in real documents (S20.20) included. */
const SHAPES: Record<CodeKind, string> = {
  T: 'T[0-9]{1,2}(?:\\.[0-9]{1,2}){0,1}',
  // A stray dot after the letter (P.2.1.3) is a malformed code, kept as printed, not text.
  O: 'O\\.?[0-9]{1,2}(?:\\.[0-9]{1,2}){1,2}',
  P: 'P\\.?[0-9]{1,2}(?:\\.[0-9]{1,2}){1,2}',
  K: 'K\\.?[0-9]{1,3}(?:\\.[0-9]{1,2})?',
  S: 'S\\.?[0-9]{1,3}(?:\\.[0-9]{1,2})?',
  A: 'A[0-9]{1,3}(?:\\.[0-9]{1,2})?',
};

export interface CodedPart {
  code: string;
  text: string;
  /** The code was glued to the end of the text before it, with no space. */
  glued: boolean;
  /** The text follows the code with no space (K162D/3D…: the code may have taken the text's digits). */
  tight: boolean;
  /** The code and its text as printed, up to the next code. */
  source: string;
}

export interface SplitCell {
  /** Text before the first code: the end of a text cut by a page break, or a cell without codes. */
  lead: string;
  parts: CodedPart[];
}

const patterns = new Map<string, RegExp>();

function pattern(kind: CodeKind, taskOnly = false): RegExp {
  const key = `${kind}${taskOnly}`;
  let re = patterns.get(key);
  if (!re) {
    const shape = kind === 'T' && taskOnly ? 'T[0-9]{1,2}\\.[0-9]{1,2}' : SHAPES[kind];
    // Not inside a word or number, not a tag (【T1.1】), not a version or a part of a longer code.
    re = new RegExp(`(?<![A-Za-z0-9【〔\\[(（._/\\-])(${shape})(?![0-9]|\\.[0-9]|】)`, 'g');
    patterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Splits a cell at its codes of one kind. `taskOnly` for the task column: T1.1, not T1. */
export function splitCoded(cell: string, kind: CodeKind, taskOnly = false): SplitCell {
  const re = pattern(kind, taskOnly);
  // A code of one digit followed by a Latin letter is a word (K8s), not a code.
  const hits = [...cell.matchAll(re)].filter((m) => !(/^[A-Z][0-9]$/.test(m[1]!) && /^[A-Za-z]/.test(cell.slice(m.index + m[1]!.length))));
  if (hits.length === 0) return { lead: cell.trim(), parts: [] };
  const parts: CodedPart[] = hits.map((m, i) => {
    const start = m.index + m[1]!.length;
    const end = hits[i + 1]?.index ?? cell.length;
    const before = m.index > 0 ? cell[m.index - 1]! : '';
    const after = cell[start] ?? '';
    return { code: m[1]!, text: cell.slice(start, end).trim(), glued: before !== '' && !/\s/.test(before), tight: after !== '' && !/\s/.test(after), source: cell.slice(m.index, end) };
  });
  return { lead: cell.slice(0, hits[0]!.index).trim(), parts };
}

/** A duty cell: `T1 雲端系統環境檢視` or `T1監控播放平台功能訊號`. */
export function dutyCode(cell: string): { code: string; title: string } | undefined {
  const m = /^(T[0-9]{1,2})(?![0-9.])\s*([^]*)$/.exec(cell.trim());
  return m ? { code: m[1]!, title: m[2]!.trim() } : undefined;
}

/** Task tags at the end of a K/S name: 「專利知識【T1.1】、【T1.5】」 → name and [T1.1, T1.5]. */
export function taskTags(text: string): { name: string; tasks: string[] } {
  const m = /(?:[\s、，,]*【\s*T[0-9]{1,2}(?:\.[0-9]{1,2})*\s*】)+[\s、，,。]*$/u.exec(text);
  if (!m) return { name: text, tasks: [] };
  const tasks = [...m[0].matchAll(/【\s*(T[0-9]{1,2}(?:\.[0-9]{1,2})*)\s*】/g)].map((t) => t[1]!);
  return { name: text.slice(0, m.index).trim(), tasks };
}

/** Sorts codes by their numbers (K2 < K10), stable for equal codes. */
export function compareCodes(a: string, b: string): number {
  const na = a.match(/[0-9]+/g)?.map(Number) ?? [];
  const nb = b.match(/[0-9]+/g)?.map(Number) ?? [];
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
