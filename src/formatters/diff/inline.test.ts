import { describe, expect, it } from 'vitest';
import { inlineDiff } from './inline.js';

const show = (a: string, b: string) =>
  inlineDiff(a, b)
    .map((s) => (s.op === 'same' ? s.text : s.op === 'del' ? `[-${s.text}-]` : `{+${s.text}+}`))
    .join('');

describe('inlineDiff', () => {
  it('marks what changed inside a Chinese sentence', () => {
    expect(show('依檢視結果完成系統環境確認書。', '依檢視結果，完成系統環境確認書並交付使用者。')).toBe('依檢視結果{+，+}完成系統環境確認書{+並交付使用者+}。');
    expect(show('雲端資訊服務人員', '雲端支援服務人員')).toBe('雲端[-資訊-]{+支援+}服務人員');
  });

  it('a character outside the BMP is one character', () => {
    expect(show('𠀋字', '𠀋詞')).toBe('𠀋[-字-]{+詞+}');
  });

  it('texts with little in common are one replacement, not confetti', () => {
    expect(show('對他人表現理解、友善', '建立良好的合作關係')).toBe('[-對他人表現理解、友善-]{+建立良好的合作關係+}');
  });

  it('the segments put together give back both texts', () => {
    const a = '視需求將問題回報給組織相關人員進行處理';
    const b = '依需求將問題回報予相關人員處理並追蹤';
    const segs = inlineDiff(a, b);
    expect(segs.filter((s) => s.op !== 'ins').map((s) => s.text).join('')).toBe(a);
    expect(segs.filter((s) => s.op !== 'del').map((s) => s.text).join('')).toBe(b);
  });
});
