import { describe, expect, it } from 'vitest';
import { Catalog } from '../load/catalog.js';
import { bundledCatalogRoot } from '../load/paths.js';
import type { PublishedEntry } from '../model/entry.js';
import fc from 'fast-check';
import { compare, similarity } from './compare.js';
import { foldKey } from './fold.js';

const catalog = new Catalog({ root: bundledCatalogRoot(), cwd: process.cwd() });
const iis = (await catalog.resolve('IIS3512-001v3')) as PublishedEntry;
const idc = (await catalog.resolve('IDC3512-002v2')) as PublishedEntry;

describe('similarity', () => {
  it('is 1 for the same text, 0 for nothing shared, in between for near texts', () => {
    expect(similarity('溝通協調能力', '溝通協調能力')).toBe(1);
    expect(similarity('溝通協調能力', '影音訊號轉換')).toBe(0);
    expect(similarity('文書處理能力', '文書處理技巧')).toBeCloseTo(0.6, 1);
  });
});

describe('compare', () => {
  const c = compare([iis, idc]);
  it('finds the attitudes both standards share, by text not by code', () => {
    const shared = c.matches.filter((m) => m.kind === 'attitude' && m.score === 1).map((m) => m.items.map((i) => `${i.code} ${i.name}`));
    expect(shared).toEqual([
      ['A01 主動積極', 'A01 主動積極'],
      ['A02 謹慎細心', 'A06 謹慎細心'],
      ['A06 持續學習', 'A02 持續學習'],
    ]);
  });

  it('finds shared skills whatever their codes, and what only one has', () => {
    const skills = c.matches.filter((m) => m.kind === 'skill' && m.score === 1).map((m) => m.items.map((i) => i.code));
    expect(skills).toEqual([
      ['S02', 'S09'], // 文書處理能力
      ['S03', 'S08'], // 溝通協調能力
    ]);
    expect(c.only.some((o) => o.item.standard === 'IIS3512-001v3' && o.item.code === 'A03')).toBe(true);
    const att = c.summary.find((s) => s.kind === 'attitude')!;
    expect(att).toMatchObject({ counts: { 'IIS3512-001v3': 6, 'IDC3512-002v2': 6 }, exact: 3, close: 0, overlap: 0.5 });
  });

  it('a lower threshold admits close matches, scored', () => {
    const loose = compare([iis, idc], 0.4);
    expect(loose.matches.some((m) => m.score < 1 && m.score >= 0.4)).toBe(true);
    for (const m of loose.matches) expect(new Set(m.items.map((i) => i.standard)).size).toBe(m.items.length);
  });
});

describe('compare a standard with itself (or a draft with its published file)', () => {
  const c = compare([iis, iis]);
  it('overlaps 100% in every kind, each match naming one item of each side, nothing only on one side', () => {
    expect(c.summary.map((s) => s.overlap)).toEqual([1, 1, 1]);
    expect(c.only).toEqual([]);
    expect(c.standards).toHaveLength(2);
    expect(c.standards[0]).not.toBe(c.standards[1]);
    for (const m of c.matches) {
      expect(m.score).toBe(1);
      expect(m.items.map((i) => i.standard)).toEqual(c.standards);
      expect(m.items[0]!.code).toBe(m.items[1]!.code);
    }
    expect(c.matches.filter((m) => m.kind === 'knowledge')).toHaveLength(iis.standard.knowledge.length);
    expect(Object.values(c.summary[0]!.counts)).toEqual([iis.standard.knowledge.length, iis.standard.knowledge.length]);
  });

  it('labels two sides of one code by their files', () => {
    expect(c.standards[0]).toMatch(/^IIS3512-001v3 \(.*v3\.yaml\)/);
  });
});

describe('compare at scale', () => {
  // A published entry of the fields compare reads, with `n` knowledge items.
  const entry = (code: string, names: readonly string[]): PublishedEntry =>
    ({ ...iis, standard: { ...iis.standard, code, knowledge: names.map((name, i) => ({ code: `K${i + 1}`, name })), skills: [], attitudes: [] } }) as PublishedEntry;

  // The close pass as it was: every pair of leftovers scored.
  function bruteClose(a: readonly string[], b: readonly string[], threshold: number): string[] {
    const rest = [...a.map((name, i) => ({ side: 0, code: `K${i + 1}`, name })), ...b.map((name, i) => ({ side: 1, code: `K${i + 1}`, name }))];
    const exactKeys = new Set(a.map((n) => foldKey(n)).filter((k) => b.some((m) => foldKey(m) === k)));
    // The first of each side per exact text is matched exactly; the rest are leftovers.
    const firstTaken = new Set<string>();
    const left = rest.filter((i) => {
      const k = foldKey(i.name);
      if (!exactKeys.has(k) || firstTaken.has(`${i.side}\u0001${k}`)) return true;
      firstTaken.add(`${i.side}\u0001${k}`);
      return false;
    });
    const pairs: Array<{ x: number; y: number; score: number }> = [];
    for (let x = 0; x < left.length; x++)
      for (let y = x + 1; y < left.length; y++) {
        if (left[x]!.side === left[y]!.side) continue;
        const score = similarity(foldKey(left[x]!.name), foldKey(left[y]!.name));
        if (score >= threshold) pairs.push({ x, y, score });
      }
    pairs.sort((p, q) => q.score - p.score || left[p.x]!.code.localeCompare(left[q.x]!.code));
    const used = new Set<number>();
    const out: string[] = [];
    for (const p of pairs) {
      if (used.has(p.x) || used.has(p.y)) continue;
      used.add(p.x);
      used.add(p.y);
      out.push(`${left[p.x]!.code}=${left[p.y]!.code}@${Math.round(p.score * 1000) / 1000}`);
    }
    return out;
  }

  it('finds the same close matches as scoring every pair', () => {
    const word = fc.string({ unit: fc.constantFrom('資', '料', '處', '理', '能', '力', '網', '路', 'a', ' '), minLength: 0, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 12 }), fc.constantFrom(0, 0.3, 0.5, 0.6, 0.8, 1), (a, b, threshold) => {
        const c = compare([entry('AAA0001-001v1', a), entry('BBB0001-001v1', b)], threshold);
        // Compare the close matches only: those counted in summary.close, in order.
        const close = c.matches.filter((m) => m.kind === 'knowledge').slice(c.summary[0]!.exact).map((m) => `${m.items[0]!.code}=${m.items[1]!.code}@${m.score}`);
        expect(close).toEqual(bruteClose(a, b, threshold));
      }),
      { numRuns: 300 },
    );
  });

  it('scores a number of pairs that grows with the items, not with their square', () => {
    // 10,000 distinct texts a side, made of 3,000 distinct characters: few share a bigram.
    const rand = (() => {
      let s = 7;
      return () => (s = (s * 48271) % 2147483647) / 2147483647;
    })();
    const text = () => Array.from({ length: 6 + Math.floor(rand() * 6) }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 3000))).join('');
    const n = 10_000;
    const a = Array.from({ length: n }, text);
    const b = Array.from({ length: n }, (_, i) => (i % 10 === 0 ? `${a[i]!.slice(0, -1)}能` : text()));
    const stats = { scored: 0 };
    const c = compare([entry('AAA0001-001v1', a), entry('BBB0001-001v1', b)], 0.6, stats);
    // Every reworded item (one in ten) is found…
    expect(c.summary[0]!.close).toBeGreaterThanOrEqual(n / 10 - 5);
    // …with a tiny fraction of the 10⁸ pairs scored.
    expect(stats.scored).toBeLessThan(20 * n);
  });
});
