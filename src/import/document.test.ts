import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { importStandard } from './document.js';
import { standardFileYaml } from './serialize.js';

const DOC = (tasks: string) => `測試人員職能基準

| 版本 | 職能基準代碼 | 職能基準名稱 | 狀態 | 更新說明 | 發展更新日期 |
| V1 | ABC1234-001v1 | 測試人員 | 最新版本 | 略 | 2024/1/5 |

| 職能基準代碼 | | ABC1234-001v1 |
| 職能基準名稱 (擇一填寫) | | 職業 | 測試人員 |
| 工作描述 | | 測試。 |
| 基準級別 | | 3 |

| 主要職責 | 工作任務 | 工作產出 | 行為指標 | 職能級別 | 職能內涵 (K=knowledge 知識) | 職能內涵 (S=skills 技能) |
${tasks}

職能內涵 (A=attitude 態度)

A01 主動積極

說明與補充事項

其他補充說明：無。
`;

describe('importStandard', () => {
  it('reads a small document', () => {
    const { standard } = importStandard(DOC('| T1 職責 | T1.1 任務 | | P1.1.1 指標 | 3 | K01 知識 | S01 技能 |'));
    expect(standard.versions[0]!.date).toBe('2024-01-05');
    expect(standard.duties[0]!.tasks[0]!.rows[0]).toEqual({ level: 3, indicators: [{ code: 'P1.1.1', text: '指標' }], knowledge: ['K01'], skills: ['S01'] });
    expect(standard.attitudes).toEqual([{ code: 'A01', name: '主動積極' }]);
  });

  it('merges a continuation row, starts a new row for a new level', () => {
    const { standard } = importStandard(
      DOC(['| T1 職責 | T1.1 任務 | O1.1.1 產出 | P1.1.1 指標 | 3 | K01 知識 | S01 技能 |', '| | | | | | K02 知識二 | |', '| | | | P1.1.2 指標二 | 4 | K03 知識三 | S02 技能二 |'].join('\n')),
    );
    const rows = standard.duties[0]!.tasks[0]!.rows;
    expect(rows.map((r) => [r.level, r.knowledge])).toEqual([
      [3, ['K01', 'K02']],
      [4, ['K03']],
    ]);
    expect(standard.repairs!.map((r) => r.kind)).toEqual(['merged-continuation-row']);
  });

  it('names a row after its K/S name when it differs from the first', () => {
    const { standard } = importStandard(DOC(['| T1 職責 | T1.1 任務 | | P1.1.1 指標 | 3 | K01 知識 | S01 技能 |', '| | T1.2 任務二 | | P1.2.1 指標 | 3 | K01 另一名稱 | S01 技能 |'].join('\n')));
    expect(standard.duties[0]!.tasks[1]!.rows[0]!.knowledge).toEqual([{ code: 'K01', name: '另一名稱' }]);
  });

  it('says what it expected and where', () => {
    expect(() => importStandard('hello', 'x.txt', 'en')).toThrow(/^x\.txt:1: not an iCAP/);
    expect(() => importStandard('hello', 'x.txt')).toThrow(/^x\.txt:1: 不是文字形式的 iCAP 職能基準/);
    expect(() => importStandard(DOC('| | T1.1 任務 | | P1.1.1 指標 | 3 | K01 | S01 |'), 'x.txt', 'en')).toThrow(/^x\.txt:12: expected a duty/);
    expect(() => importStandard(DOC('').split('職能內涵 (A')[0]!, 'x.txt')).toThrow(InputError);
  });

  it('serializes with the modeline, flow lists and quotes where YAML needs them', () => {
    const { standard } = importStandard(DOC('| T1 職責 | T1.1 任務 | | P1.1.1 指標 | 3 | K01 知識 | S01 技能 |'));
    const yaml = standardFileYaml(standard);
    expect(yaml.startsWith('# yaml-language-server: $schema=../../schemas/standard.schema.json\n')).toBe(true);
    expect(yaml).toContain('    date: "2024-01-05"');
    expect(yaml).toContain('knowledge: [K01]');
  });
});
