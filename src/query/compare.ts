/**
 * `compstd compare`: which knowledge, skills and attitudes standards share. Codes are numbered
 * per document (K01 here is not K01 there), so items are matched by their folded text: exactly,
 * or closely with a similarity score (Dice coefficient over character bigrams). No I/O.
 */
import type { PublishedEntry } from '../model/entry.js';
import { foldKey } from './fold.js';

export const COMPARE_KINDS = ['knowledge', 'skill', 'attitude'] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];

export interface CompareItem {
  standard: string;
  code: string;
  name: string;
}

export interface CompareMatch {
  kind: CompareKind;
  /** 1 for the same text once folded; below 1, a close match. */
  score: number;
  /** One item per standard that has it. */
  items: CompareItem[];
}

export interface KindSummary {
  kind: CompareKind;
  /** Items per standard. */
  counts: Record<string, number>;
  exact: number;
  close: number;
  /** Items in a match ÷ all items: how much of the kind is shared. */
  overlap: number;
}

export interface Comparison {
  standards: string[];
  threshold: number;
  matches: CompareMatch[];
  only: Array<{ kind: CompareKind; item: CompareItem }>;
  summary: KindSummary[];
}

function itemsOf(e: PublishedEntry, label: string, kind: CompareKind): CompareItem[] {
  const s = e.standard;
  const list = kind === 'knowledge' ? s.knowledge : kind === 'skill' ? s.skills : s.attitudes;
  return list.map((x) => ({ standard: label, code: x.code, name: x.name }));
}

/**
 * A label per side: its code, or — when two sides have one code (a standard against itself, a
 * draft against its published file) — the code and its file, else its position. Sides are told
 * apart by these labels, so two sides with one code are never merged into one column.
 */
export function sideLabels(entries: readonly PublishedEntry[]): string[] {
  const codes = entries.map((e) => e.standard.code);
  const count = new Map<string, number>();
  for (const c of codes) count.set(c, (count.get(c) ?? 0) + 1);
  const labels = entries.map((e, i) => (count.get(codes[i]!)! > 1 ? `${codes[i]} (${e.file})` : codes[i]!));
  const total = new Map<string, number>();
  for (const l of labels) total.set(l, (total.get(l) ?? 0) + 1);
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return total.get(l)! > 1 ? `${l} #${n}` : l;
  });
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const out = new Map<string, number>();
  if (chars.length < 2) {
    if (chars.length === 1) out.set(chars[0]!, 1);
    return out;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of two folded texts over character bigrams: 1 identical, 0 nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let total = 0;
  for (const [g, n] of x) {
    both += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * both) / total;
}

/** Work done by a comparison, for tests and benchmarks: how many pairs were scored. */
export interface CompareStats {
  scored: number;
}

/** A token per bigram occurrence (the second 「資料」 is another token): multiset Dice as set Dice. */
function tokensOf(key: string): string[] {
  const chars = [...key];
  if (chars.length === 1) return [chars[0]!];
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    const n = seen.get(g) ?? 0;
    seen.set(g, n + 1);
    out.push(n === 0 ? g : `${g}\u0001${n}`);
  }
  return out;
}

/**
 * Every pair (x < y) of items from different sides whose similarity reaches `threshold`, found
 * without scoring all pairs: prefix filtering. Dice ≥ t needs an overlap of at least
 * t·|X|/(2−t) tokens, so with the tokens of every item ordered rarest first, two such items
 * share a token among the first |X| − ⌈t·|X|/(2−t)⌉ + 1 of each: only the items sharing one of
 * those are scored. The result is the same as scoring every pair; the work grows with the pairs
 * that share a rare bigram, not with the square of the items. A threshold of 0 makes every pair
 * a match: then all are scored.
 */
function closePairs(keys: readonly string[], sides: readonly string[], threshold: number, stats?: CompareStats): Array<{ x: number; y: number; score: number }> {
  const out: Array<{ x: number; y: number; score: number }> = [];
  const consider = (x: number, y: number) => {
    if (sides[x] === sides[y]) return;
    if (stats) stats.scored++;
    const score = similarity(keys[x]!, keys[y]!);
    if (score >= threshold) out.push({ x, y, score });
  };
  if (threshold <= 0) {
    for (let x = 0; x < keys.length; x++) for (let y = x + 1; y < keys.length; y++) consider(x, y);
    return out;
  }
  const tokens = keys.map(tokensOf);
  const frequency = new Map<string, number>();
  for (const ts of tokens) for (const tk of ts) frequency.set(tk, (frequency.get(tk) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  // Equal texts (left over when one side has a text twice) share every token, even none.
  const byKey = new Map<string, number[]>();
  for (let y = 0; y < keys.length; y++) {
    const seen = new Set<number>();
    const same = byKey.get(keys[y]!);
    for (const x of same ?? []) {
      seen.add(x);
      consider(x, y);
    }
    if (same) same.push(y);
    else byKey.set(keys[y]!, [y]);
    const ts = tokens[y]!.sort(rarestFirst);
    const need = Math.ceil((threshold * ts.length) / (2 - threshold) - 1e-9);
    const prefix = ts.length - Math.max(1, need) + 1;
    for (let k = 0; k < prefix && k < ts.length; k++) {
      const list = index.get(ts[k]!);
      for (const x of list ?? []) {
        if (seen.has(x)) continue;
        seen.add(x);
        consider(x, y);
      }
      if (list) list.push(y);
      else index.set(ts[k]!, [y]);
    }
  }
  return out;
}

export function compare(entries: readonly PublishedEntry[], threshold = 0.6, stats?: CompareStats): Comparison {
  const standards = sideLabels(entries);
  const matches: CompareMatch[] = [];
  const only: Comparison['only'] = [];
  const summary: KindSummary[] = [];
  for (const kind of COMPARE_KINDS) {
    const all = entries.flatMap((e, i) => itemsOf(e, standards[i]!, kind));
    const key = new Map(all.map((i) => [i, foldKey(i.name)]));
    const matched = new Set<CompareItem>();
    // Exact: the same folded text in two or more standards.
    const groups = new Map<string, CompareItem[]>();
    for (const i of all) {
      const g = groups.get(key.get(i)!);
      if (g) g.push(i);
      else groups.set(key.get(i)!, [i]);
    }
    let exact = 0;
    for (const group of groups.values()) {
      // The first item of each side, in the order of the sides (linear in the group).
      const first = new Map<string, CompareItem>();
      for (const i of group) if (!first.has(i.standard)) first.set(i.standard, i);
      const firstPerStandard = standards.flatMap((s) => (first.has(s) ? [first.get(s)!] : []));
      if (firstPerStandard.length < 2) continue;
      matches.push({ kind, score: 1, items: firstPerStandard });
      firstPerStandard.forEach((i) => matched.add(i));
      exact++;
    }
    // Close: the best remaining pairs across standards, each item used once.
    const rest = all.filter((i) => !matched.has(i));
    const pairs = closePairs(rest.map((i) => key.get(i)!), rest.map((i) => i.standard), threshold, stats);
    // Best first; among equals, by the first item's code, then in the order of the items.
    pairs.sort((p, q) => q.score - p.score || rest[p.x]!.code.localeCompare(rest[q.x]!.code) || p.x - q.x || p.y - q.y);
    const side = new Map(standards.map((s, n) => [s, n]));
    let close = 0;
    for (const p of pairs) {
      const a = rest[p.x]!;
      const b = rest[p.y]!;
      if (matched.has(a) || matched.has(b)) continue;
      matched.add(a);
      matched.add(b);
      const [first, second] = side.get(a.standard)! <= side.get(b.standard)! ? [a, b] : [b, a];
      matches.push({ kind, score: Math.round(p.score * 1000) / 1000, items: [first, second] });
      close++;
    }
    for (const i of all) if (!matched.has(i)) only.push({ kind, item: i });
    const counts: Record<string, number> = Object.fromEntries(standards.map((s) => [s, 0]));
    for (const i of all) counts[i.standard]!++;
    summary.push({
      kind,
      counts,
      exact,
      close,
      overlap: all.length === 0 ? 0 : Math.round((matched.size / all.length) * 1000) / 1000,
    });
  }
  return { standards, threshold, matches, only, summary };
}
