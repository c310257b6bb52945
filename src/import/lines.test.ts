import { describe, expect, it } from 'vitest';
import { detectLayout, isSeparator, pipeCells, readRow, tabCells, toLines } from './lines.js';

describe('lines and cells', () => {
  it('splits pipe and tab rows', () => {
    expect(pipeCells('| a | b |  |')).toEqual(['a', 'b', '']);
    expect(tabCells('\ta\t"b\nc"')).toEqual(['', 'a', 'b\nc']);
    expect(isSeparator('|---|:--:|')).toBe(true);
    expect(isSeparator('| a | b |')).toBe(false);
  });
  it('detects the layout', () => {
    expect(detectLayout(toLines('title\n| a | b |\n| c | d |'))).toBe('pipe');
    expect(detectLayout(toLines('a\tb\nc\td'))).toBe('tab');
    expect(detectLayout(toLines('just text'))).toBeUndefined();
  });
  it('joins a cell with a line break', () => {
    const lines = toLines('| a | b\nc | d |\n| e |');
    expect(readRow(lines, 0)).toEqual({ row: { line: 1, endLine: 2, cells: ['a', 'b\nc', 'd'] }, next: 2 });
    const tab = toLines('a\tb\nc\td\ne\tf\tg');
    expect(readRow(tab, 0, 3)!.row.cells).toEqual(['a', 'b\nc', 'd']);
  });
});
