import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.js';
import { PLAIN } from '../text/style.js';
import { codeFrame, frameWindow, stylish } from './stylish.js';

describe('frameWindow', () => {
  it('shows the neighbourhood of a column far into a 1 MB line, caret on it', () => {
    const line = `${'甲'.repeat(500_000)}X${'乙'.repeat(500_000)}`;
    const { text, caret } = frameWindow(line, 500_001, 80);
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true);
    // Full-width characters are two columns: the caret column is where X is.
    const before = text.slice(0, text.indexOf('X'));
    expect(before.length - 1).toBe((caret - 1) / 2);
    expect(text).toContain('X');
  });

  it('keeps a short line whole', () => {
    expect(frameWindow('code: IIS3512-001v3', 7, 80)).toEqual({ text: 'code: IIS3512-001v3', caret: 6 });
  });
});

describe('stylish', () => {
  const source = `name: a\ndescription: 說明${'【註1】'.repeat(1000)}\n`;
  const finding = (column: number): Finding => ({ file: 'a.yaml', line: 2, column, severity: 'warning', ruleId: 'footnote-missing', message: 'no note' }) as Finding;

  it('prints each of many findings on one long line, each with its frame', () => {
    const findings = [...Array.from({ length: 500 }, () => finding(16)), finding(21)];
    const out = stylish({ findings, files: ['a.yaml'], sources: new Map([['a.yaml', source]]) }, { style: PLAIN });
    const frame = codeFrame(source, finding(16), PLAIN, 160).join('\n');
    expect(out.split(frame).length - 1).toBe(500);
    expect(out).toContain(codeFrame(source, finding(21), PLAIN, 160).join('\n'));
    expect(out.match(/no note/g)).toHaveLength(501);
  });
});
