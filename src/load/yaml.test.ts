import { describe, expect, it } from 'vitest';
import { parseYaml, unclosedFlow } from './yaml.js';
import { t } from '../model/messages/index.js';

describe('a YAML syntax error of an unclosed flow collection', () => {
  it('is located where the [ opens (3:7), and names where the parser gave up (4:1)', () => {
    const { findings } = parseYaml('x.yaml', 'code: X\nversion: 1\nname: [a, b\nnameKind: occupation\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', line: 3, column: 7, endLine: 4, endColumn: 1, messageId: 'findings.yaml.unclosed' });
    expect(findings[0]!.params).toMatchObject({ open: '[', line: 3, column: 7, endLine: 4, endColumn: 1 });
    expect(t('en', { id: findings[0]!.messageId!, params: findings[0]!.params })).toMatch(/^an unclosed 「\[」 opened at line 3, column 7; the parser gave up at line 4, column 1/);
  });

  it('finds an unclosed { nested in a block sequence, and the outer one of two', () => {
    const text = 'a:\n  - 1\n  - {x: 1, y: [2, 3]\n  - 4\n';
    expect(unclosedFlow(text)).toEqual({ offset: text.indexOf('{'), open: '{' });
    const { findings } = parseYaml('x.yaml', text);
    expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 3, column: 5 });
  });

  it('leaves other syntax errors where the parser found them, and closed collections alone', () => {
    expect(unclosedFlow('a: [1, 2]\nb: {c: 3}\n')).toBeUndefined();
    const { findings } = parseYaml('x.yaml', 'a: 1\n b: 2\n');
    expect(findings[0]?.ruleId).toBe('yaml-syntax');
    expect(findings[0]?.messageId).toBe('findings.yaml.syntax');
  });
});
