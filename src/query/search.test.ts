import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../model/entry.js';
import { fold, foldKey, originalSpan } from './fold.js';
import { compilePattern, PatternError } from './pattern.js';
import { searchDocs, searchIn, type SearchDoc } from './search.js';

describe('fold', () => {
  it('folds full-width forms, case and white space, and maps back', () => {
    expect(foldKey('ＩＳＯ 13485（醫療），品質')).toBe('iso13485(醫療),品質');
    const original = '平台功能測試與系統除錯 (Debug) 回報';
    const f = fold(original);
    const at = f.text.indexOf('(debug)回報');
    const [a, b] = originalSpan(original, f, at, at + '(debug)回報'.length);
    expect(original.slice(a, b)).toBe('(Debug) 回報');
  });

  it('maps back across characters outside the BMP', () => {
    const original = '𠀋 雲端 產品';
    const f = fold(original);
    const at = f.text.indexOf('雲端產');
    expect(original.slice(...originalSpan(original, f, at, at + 3))).toBe('雲端 產');
  });
});

describe('search --regex', () => {
  const docs = (text: string): SearchDoc[] => searchDocs([{ kind: 'history', base: 'ABC1234-001', version: 1, row: { name: text } } as unknown as CatalogEntry], false);

  it('runs a pattern that backtracks exponentially in linear time: the match is decided', () => {
    // A backtracking engine takes minutes here (2³² ways to split the a's); RE2 takes one pass.
    expect(searchIn(docs(`${'a'.repeat(32)}!`), '(a+)+$', { pattern: compilePattern('(a+)+$') })).toEqual([]);
    expect(searchIn(docs('a'.repeat(64)), '(a+)+$', { pattern: compilePattern('(a+)+$') }).map((h) => h.match)).toEqual([[0, 64]]);
  });

  it('matches case-insensitively, by UTF-16 positions, every match', () => {
    const hits = searchIn(docs('𠀋資料處理 Debug，處理'), '處理|debug', { pattern: compilePattern('處理|debug') });
    expect(hits[0]!.matches).toEqual([
      [4, 6],
      [7, 12],
      [13, 15],
    ]);
  });

  it('refuses what a linear-time engine cannot run, with the reason', () => {
    expect(() => compilePattern('(a)\\1')).toThrow(PatternError);
    expect(() => compilePattern('(?=a)b')).toThrow(/Perl syntax/);
    expect(() => compilePattern('[')).toThrow(PatternError);
  });
});
