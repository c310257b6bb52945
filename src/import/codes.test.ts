import { describe, expect, it } from 'vitest';
import { compareCodes, dutyCode, splitCoded, taskTags } from './codes.js';

describe('splitCoded', () => {
  it('splits glued and spaced codes', () => {
    expect(splitCoded('K01影音協定傳輸原理 K02監控系統技術規範', 'K').parts.map((p) => [p.code, p.text])).toEqual([
      ['K01', '影音協定傳輸原理'],
      ['K02', '監控系統技術規範'],
    ]);
    expect(splitCoded('K01 資訊技術現況與發展趨勢', 'K').parts[0]).toMatchObject({ code: 'K01', text: '資訊技術現況與發展趨勢' });
  });
  it('finds a code glued to the end of the text before it', () => {
    const s = splitCoded('T1.5 搜尋與檢索相關專利T1.3分析機台特性', 'T', true);
    expect(s.parts.map((p) => [p.code, p.glued])).toEqual([
      ['T1.5', false],
      ['T1.3', true],
    ]);
  });
  it('keeps text before the first code, tags and words that look like codes', () => {
    expect(splitCoded('必要時通報。 P2.1.3 記錄', 'P')).toMatchObject({ lead: '必要時通報。', parts: [{ code: 'P2.1.3' }] });
    expect(splitCoded('K02 專利知識【T1.1】', 'T', true).parts).toEqual([]);
    expect(splitCoded('K8s 容器平台', 'K').parts).toEqual([]);
    expect(splitCoded('S20.20 儀器判讀能力', 'S').parts[0]!.code).toBe('S20.20');
  });
});

describe('codes', () => {
  it('reads duty cells and task tags', () => {
    expect(dutyCode('T1監控播放平台功能訊號')).toEqual({ code: 'T1', title: '監控播放平台功能訊號' });
    expect(dutyCode('T1.1 任務')).toBeUndefined();
    expect(taskTags('專利知識【T1.1】、【T1.5】')).toEqual({ name: '專利知識', tasks: ['T1.1', 'T1.5'] });
    expect(taskTags('巡邏保全區域【註1】')).toEqual({ name: '巡邏保全區域【註1】', tasks: [] });
  });
  it('sorts codes by number', () => {
    expect(['K10', 'K2', 'K01'].sort(compareCodes)).toEqual(['K01', 'K2', 'K10']);
  });
});
