import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { PLAIN } from './style.js';
import { fitColumns, renderTable } from './table.js';

const rows = [
  ['T1.1 辨識現有系統環境架構', 'P1.1.1 依使用者反映的問題，檢視並確認使用者現有系統環境。\nP1.1.2 依檢視結果完成系統環境確認書。', '2'],
  ['T2.2 排除用戶問題', 'P2.2.1 與使用者溝通，確認並記錄使用者需求與問題。', '3'],
];
const columns = [{ header: '工作任務' }, { header: '行為指標' }, { header: '職能級別', align: 'right' as const }];

describe('renderTable', () => {
  it('gives every line the same display width, within the maximum', () => {
    for (const maxWidth of [40, 60, 80, 200]) {
      for (const border of ['unicode', 'ascii'] as const) {
        const lines = renderTable({ columns, rows, border, maxWidth, style: PLAIN }).split('\n');
        const widths = new Set(lines.map((l) => stringWidth(l)));
        expect(widths.size, `${maxWidth} ${border}`).toBe(1);
        expect([...widths][0]).toBeLessThanOrEqual(maxWidth);
      }
    }
  });

  it('draws ASCII borders with + - | = only', () => {
    const out = renderTable({ columns, rows, border: 'ascii', maxWidth: 60, style: PLAIN, rowRules: true });
    expect(out).not.toMatch(/[─│┌┐└┘├┤┬┴┼═╞╡╪]/);
    expect(out.split('\n')[0]).toMatch(/^\+-+\+-+\+-+\+$/);
  });

  it('keeps every character of every cell', () => {
    const out = renderTable({ columns, rows, border: 'unicode', maxWidth: 50, style: PLAIN });
    const text = out.replace(/[─│┌┐└┘├┤┬┴┼═╞╡╪\s]/g, '');
    for (const cell of rows.flat()) expect(text).toContain(cell.replace(/\s/g, '').slice(0, 6));
    expect(text.replace(/[^\p{Script=Han}]/gu, '').length).toBe(
      [...columns.map((c) => c.header), ...rows.flat()].join('').replace(/[^\p{Script=Han}]/gu, '').length,
    );
  });

  it('gives wordy columns more room and keeps codes whole', () => {
    const widths = fitColumns(columns, rows, 60);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    expect(widths[0]).toBeGreaterThanOrEqual('T1.1'.length);
  });
});
