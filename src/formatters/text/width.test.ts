import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth, hang, isSimpleText, longestWord, padEnd, prepareDisplayWidth, wrap } from './width.js';

const P111 = '依使用者反映的問題，檢視並確認使用者現有系統環境。';

describe('wrap', () => {
  it('breaks CJK text between characters, every line within the width', () => {
    for (const width of [10, 11, 20]) {
      const lines = wrap(P111, width);
      expect(lines.join('')).toBe(P111);
      for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width);
    }
    expect(wrap(P111, 20)).toEqual(['依使用者反映的問題，', '檢視並確認使用者現有', '系統環境。']);
  });

  it('never starts a line with closing punctuation (kinsoku): carries the last character over', () => {
    // At 18 columns the comma would start line 2; 題 goes down with it.
    expect(wrap(P111, 18)).toEqual(['依使用者反映的問', '題，檢視並確認使用', '者現有系統環境。']);
    for (const width of [6, 7, 8, 9, 12, 13, 14, 16, 18, 22]) {
      for (const line of wrap(P111, width).slice(1)) expect('，。、：；）」'.includes(line[0]!), `${width}: ${line}`).toBe(false);
    }
  });

  it('never ends a line with an opening bracket', () => {
    const text = '已被《IIS3512-001v3》取代';
    for (const width of [15, 16, 17, 18, 19, 20]) {
      for (const line of wrap(text, width)) {
        expect(line.endsWith('《'), `${width}: ${JSON.stringify(wrap(text, width))}`).toBe(false);
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps Latin words and codes whole, breaking at spaces', () => {
    expect(wrap('進行平台功能測試與系統除錯 (Debug) 回報。', 16)).toEqual(['進行平台功能測試', '與系統除錯', '(Debug) 回報。']);
    expect(wrap('符合 ISO 13485 醫療器材品質管理', 12)).toEqual(['符合 ISO', '13485 醫療器', '材品質管理']);
    expect(wrap('K09 測試與除錯 Debug', 8)).toEqual(['K09 測試', '與除錯', 'Debug']);
  });

  it('breaks a word wider than the line hard, and keeps explicit line breaks', () => {
    expect(wrap('IIS3512-001v3', 5)).toEqual(['IIS35', '12-00', '1v3']);
    expect(wrap('第一行\n第二行', 20)).toEqual(['第一行', '第二行']);
  });
});

describe('wrap, on what broke it before', () => {
  it('keeps the space before a word that starts with a closing mark', () => {
    const text = 'No custom tags such as !!js/function in the file';
    for (const width of [10, 14, 20, 22, 23, 24, 30]) {
      const lines = wrap(text, width);
      if (width >= 13) expect(lines.join(' '), String(width)).toBe(text);
      expect(lines.join('\n')).not.toMatch(/as!!/);
      for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width);
    }
  });

  it('never leaves an opening bracket at the end of a line, at any width', () => {
    const text = '此版本已被《IIS3512-001v3》取代，請參閱最新版本。';
    for (let width = 4; width <= 40; width++) {
      const lines = wrap(text, width);
      expect(lines.join(''), String(width)).toBe(text);
      for (const l of lines) {
        expect(stringWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
        expect(l.endsWith('《'), `${width}: ${JSON.stringify(lines)}`).toBe(false);
      }
      for (const l of lines.slice(1)) expect('》，。'.includes(l[0]!), `${width}: ${JSON.stringify(lines)}`).toBe(false);
    }
  });

  it('breaks a 200,000-character word without running out of stack', () => {
    const word = 'x'.repeat(200_000);
    const lines = wrap(word, 80);
    expect(lines).toHaveLength(2500);
    expect(lines.join('')).toBe(word);
  });

  it('wraps a 1 MB text whole, every line within the width', () => {
    const text = `${P111} IIS3512-001v3 `.repeat(40_000);
    const lines = wrap(text, 60);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(60);
  });
});

describe('width helpers', () => {
  it('measure and pad by display width', () => {
    expect(displayWidth('雲端 ABC')).toBe(8);
    expect(padEnd('雲端', 6)).toBe('雲端  ');
    expect(longestWord('K01 雲端 IIS3512-001v3 x')).toBe(13);
  });

  it('hangs continuation lines after a prefix', () => {
    const lines = hang('  P1.1.1 ', P111, 30);
    expect(lines[0]!.startsWith('  P1.1.1 依')).toBe(true);
    for (const l of lines.slice(1)) expect(l.startsWith(' '.repeat(9))).toBe(true);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(30);
  });
});

describe('the fast path of displayWidth', () => {
  it('agrees with string-width on every code point it handles', () => {
    let checked = 0;
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (!isSimpleText(ch)) continue;
      checked++;
      if (displayWidth(ch) !== stringWidth(ch)) expect.fail(`U+${cp.toString(16)} ${ch}: ${displayWidth(ch)} ≠ ${stringWidth(ch)}`);
    }
    expect(checked).toBeGreaterThan(40_000);
  });

  it('measures anything else like string-width, before and after it is loaded', async () => {
    await prepareDisplayWidth(['plain 雲端']);
    for (const text of ['e\u0301', '👩‍💻', '한글', '\u1100\u1161', 'A\uFE0F', '𠀋', 'a\u200bb']) expect(displayWidth(text), text).toBe(stringWidth(text));
    await prepareDisplayWidth(['plain', 'e\u0301']);
    for (const text of ['e\u0301', '👩‍💻', '한글', '\u1100\u1161', 'A\uFE0F', '𠀋']) {
      expect(isSimpleText(text), text).toBe(text === '한글');
      expect(displayWidth(text)).toBe(stringWidth(text));
    }
  });
});
