/**
 * Matching items of two versions by identity, not position: codes are positions in the
 * published table and get renumbered, so an item is found again by its text and its code
 * together. Phases, each on what the previous left over:
 *   1. same text and same code;
 *   2. same text, another code (renumbered or moved);
 *   3. same code, similar text (reworded);
 *   4. similar text, another code (reworded and renumbered), candidates from a bigram index.
 * Within a phase, an item under the same parent is preferred. The matching is symmetric —
 * swapping the two sides gives the same pairs — so diff(b, a) mirrors diff(a, b), and it stays
 * near-linear: phases 1–3 are hash joins; phase 4 only scores pairs sharing a rare bigram.
 */
import { similarity } from '../query/compare.js';

export interface MatchItem {
  code: string;
  /** Folded text (see query/fold.ts): the identity. */
  key: string;
  /** The parent's identity in a space common to both sides (the new side's parent), if any. */
  parent?: string;
}

export interface MatchOptions {
  /** Similarity from which a same-code pair counts as one item reworded. */
  sameCode: number;
  /** Similarity from which a pair with different codes counts as one item. */
  other: number;
}

export const DEFAULT_MATCH: MatchOptions = { sameCode: 0.4, other: 0.6 };

export interface MatchResult {
  /** [old index, new index] */
  pairs: Array<[number, number]>;
  oldOnly: number[];
  newOnly: number[];
}

function groupBy(indices: readonly number[], keyOf: (i: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const k = keyOf(i);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/**
 * Pairs equal-keyed items: first those under the same parent, then the rest, each by order (a
 * zip, which is the same whichever side is "old").
 */
function zipBuckets(
  olds: readonly MatchItem[],
  news: readonly MatchItem[],
  oldFree: Set<number>,
  newFree: Set<number>,
  keyOf: (item: MatchItem) => string,
  pairs: Array<[number, number]>,
): void {
  const newGroups = groupBy([...newFree], (j) => keyOf(news[j]!));
  const oldGroups = groupBy([...oldFree], (i) => keyOf(olds[i]!));
  for (const [key, oi] of oldGroups) {
    const nj = newGroups.get(key);
    if (!nj) continue;
    const take = (a: number[], b: number[]) => {
      const n = Math.min(a.length, b.length);
      for (let k = 0; k < n; k++) {
        pairs.push([a[k]!, b[k]!]);
        oldFree.delete(a[k]!);
        newFree.delete(b[k]!);
      }
    };
    // Same parent first.
    const byParentNew = groupBy(nj, (j) => news[j]!.parent ?? '\u0000none');
    for (const [parent, a] of groupBy(oi, (i) => olds[i]!.parent ?? '\u0000none')) {
      const b = byParentNew.get(parent);
      if (b && parent !== '\u0000none') take(a, b);
    }
    take(
      oi.filter((i) => oldFree.has(i)),
      nj.filter((j) => newFree.has(j)),
    );
  }
}

interface Candidate {
  i: number;
  j: number;
  score: number;
  /** A tie-break that is the same whichever side is "old". */
  tie: string;
}

function tieKey(a: MatchItem, b: MatchItem): string {
  const x = `${a.code}\u0001${a.key}`;
  const y = `${b.code}\u0001${b.key}`;
  return x < y ? `${x}\u0002${y}` : `${y}\u0002${x}`;
}

function score(a: MatchItem, b: MatchItem): number {
  // A small bonus for the same parent: between two equally similar candidates, the one in place.
  return similarity(a.key, b.key) + (a.parent !== undefined && a.parent === b.parent ? 0.01 : 0);
}

/** Greedy assignment of the best-scoring candidates first. */
function assign(cands: Candidate[], oldFree: Set<number>, newFree: Set<number>, pairs: Array<[number, number]>): void {
  cands.sort((a, b) => b.score - a.score || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
  for (const c of cands) {
    if (!oldFree.has(c.i) || !newFree.has(c.j)) continue;
    pairs.push([c.i, c.j]);
    oldFree.delete(c.i);
    newFree.delete(c.j);
  }
}

function bigramsOf(key: string): Set<string> {
  const chars = [...key];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let k = 0; k + 1 < chars.length; k++) out.add(chars[k]! + chars[k + 1]!);
  return out;
}

/** Pairs no wider than this are all scored; beyond, only those sharing a rare bigram. */
const ALL_PAIRS_LIMIT = 40_000;
/** A bigram in more leftover items than this says little about identity and is not indexed. */
const COMMON_BIGRAM = 48;

function similarCandidates(olds: readonly MatchItem[], news: readonly MatchItem[], oldFree: Set<number>, newFree: Set<number>, min: number): Candidate[] {
  const cands: Candidate[] = [];
  const oi = [...oldFree];
  const nj = [...newFree];
  const consider = (i: number, j: number) => {
    const s = score(olds[i]!, news[j]!);
    if (s >= min) cands.push({ i, j, score: s, tie: tieKey(olds[i]!, news[j]!) });
  };
  if (oi.length * nj.length <= ALL_PAIRS_LIMIT) {
    for (const i of oi) for (const j of nj) consider(i, j);
    return cands;
  }
  // Index the smaller side so the result does not depend on which side is "old".
  const index = new Map<string, number[]>();
  for (const j of nj) {
    for (const g of bigramsOf(news[j]!.key)) {
      const list = index.get(g);
      if (list) list.push(j);
      else index.set(g, [j]);
    }
  }
  const oldCounts = new Map<string, number>();
  for (const i of oi) for (const g of bigramsOf(olds[i]!.key)) oldCounts.set(g, (oldCounts.get(g) ?? 0) + 1);
  for (const i of oi) {
    const seen = new Set<number>();
    for (const g of bigramsOf(olds[i]!.key)) {
      const list = index.get(g);
      if (!list || list.length > COMMON_BIGRAM || (oldCounts.get(g) ?? 0) > COMMON_BIGRAM) continue;
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        consider(i, j);
      }
    }
  }
  return cands;
}

export function matchItems(olds: readonly MatchItem[], news: readonly MatchItem[], options: MatchOptions = DEFAULT_MATCH): MatchResult {
  const pairs: Array<[number, number]> = [];
  const oldFree = new Set(olds.keys());
  const newFree = new Set(news.keys());
  // 1. Same text and code; 2. same text.
  zipBuckets(olds, news, oldFree, newFree, (x) => `${x.code}\u0001${x.key}`, pairs);
  zipBuckets(olds, news, oldFree, newFree, (x) => x.key, pairs);
  // 3. Same code, similar text.
  if (oldFree.size > 0 && newFree.size > 0) {
    const newByCode = groupBy([...newFree], (j) => news[j]!.code);
    const cands: Candidate[] = [];
    for (const i of oldFree) {
      for (const j of newByCode.get(olds[i]!.code) ?? []) {
        const s = score(olds[i]!, news[j]!);
        if (s >= options.sameCode) cands.push({ i, j, score: s, tie: tieKey(olds[i]!, news[j]!) });
      }
    }
    assign(cands, oldFree, newFree, pairs);
  }
  // 4. Similar text, any code.
  if (oldFree.size > 0 && newFree.size > 0) {
    assign(similarCandidates(olds, news, oldFree, newFree, options.other), oldFree, newFree, pairs);
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return {
    pairs,
    oldOnly: [...oldFree].sort((a, b) => a - b),
    newOnly: [...newFree].sort((a, b) => a - b),
  };
}
