import { describe, expect, it } from 'vitest';
import { fold, foldKey, originalSpan } from './fold.js';

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
