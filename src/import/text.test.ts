import { describe, expect, it } from 'vitest';
import { isNone, joinCut, labelKey, listAnd, removeCjkSpaces } from './text.js';

describe('removeCjkSpaces', () => {
  it('removes spaces copying put inside Chinese words', () => {
    expect(removeCjkSpaces('維 運日誌表')).toBe('維運日誌表');
    expect(removeCjkSpaces('分析能 \u3000力')).toBe('分析能力');
  });
  it('keeps the spaces that belong', () => {
    for (const s of ['ISO 13485 規範', '測試與除錯 Debug', '資訊科技 / 資訊支援與服務', '高中 ( 職 ) 以上', 'SPC 管制圖']) expect(removeCjkSpaces(s)).toBe(s);
  });
});

describe('text helpers', () => {
  it('joins cut text without a space between Chinese, with one between Latin words', () => {
    expect(joinCut('系統整', '合')).toBe('系統整合');
    expect(joinCut('control', 'system')).toBe('control system');
  });
  it('tells labels and "none" apart', () => {
    expect(labelKey('職能 級別')).toBe('職能級別');
    expect(labelKey('● **其他補充說明：**')).toBe('其他補充說明');
    expect(isNone('無。')).toBe(true);
    expect(isNone('無線網路')).toBe(false);
  });
  it('lists with "and"', () => {
    expect(listAnd(['K06', 'K07', 'S04'])).toBe('K06, K07 and S04');
    expect(listAnd(['S08'])).toBe('S08');
  });
});
