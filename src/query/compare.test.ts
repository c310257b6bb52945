import { describe, expect, it } from 'vitest';
import { Catalog } from '../load/catalog.js';
import { bundledCatalogRoot } from '../load/paths.js';
import type { PublishedEntry } from '../model/entry.js';
import { compare, similarity } from './compare.js';

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
