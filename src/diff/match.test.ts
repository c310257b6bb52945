import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchItems, type MatchItem } from './match.js';

const item = (code: string, key: string, parent?: string): MatchItem => ({ code, key, ...(parent ? { parent } : {}) });

describe('matchItems', () => {
  it('pairs by text first, whatever the code (renumbered), then by code with similar text (reworded)', () => {
    const olds = [item('K01', '雲端產品概念'), item('K02', '系統環境概念'), item('K03', '網際網路概念')];
    const news = [item('K01', '網際網路概念'), item('K02', '系統環境架構概念'), item('K03', '軟體測試概念')];
    const m = matchItems(olds, news);
    expect(m.pairs).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(m.oldOnly).toEqual([0]);
    expect(m.newOnly).toEqual([2]);
  });

  it('a same code with unrelated text is not the same item', () => {
    const m = matchItems([item('K01', '雲端產品概念')], [item('K01', '職業安全衛生')]);
    expect(m.pairs).toEqual([]);
  });

  it('among equal texts, the one under the same parent wins', () => {
    const olds = [item('P1', '填寫紀錄表', 'a'), item('P2', '填寫紀錄表', 'b')];
    const news = [item('P9', '填寫紀錄表', 'b'), item('P8', '填寫紀錄表', 'a')];
    expect(matchItems(olds, news).pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('finds similar texts through the bigram index when the leftovers are many', () => {
    const olds = Array.from({ length: 300 }, (_, k) => item(`K${k}`, `知識項目第${k}號之內容說明`));
    const news = olds.map((o, k) => item(`X${k}`, `${o.key}與實務`));
    const m = matchItems(olds, news);
    expect(m.pairs.length).toBe(300);
    expect(m.pairs.every(([i, j]) => i === j)).toBe(true);
  });

  it('is symmetric: swapping the sides swaps the pairs', () => {
    const words = ['雲端', '系統', '資料', '監控', '服務', '測試'];
    const arb = fc.array(fc.record({ code: fc.constantFrom('K01', 'K02', 'K03', 'K04'), key: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join('')) }), { maxLength: 8 });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const ab = matchItems(a, b).pairs.map(([i, j]) => `${a[i]!.code}${a[i]!.key}|${b[j]!.code}${b[j]!.key}`).sort();
        const ba = matchItems(b, a).pairs.map(([j, i]) => `${a[i]!.code}${a[i]!.key}|${b[j]!.code}${b[j]!.key}`).sort();
        expect(ba).toEqual(ab);
      }),
    );
  });
});
