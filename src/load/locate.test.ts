import { describe, expect, it } from 'vitest';
import { locate, parsePointer } from './locate.js';
import { parseYaml } from './yaml.js';

const text = ['a:', '  plain: 撰寫測 試計畫', '  quoted: "撰寫測 試"', '  escaped: "撰\\u5beb測 試"', '  folded: >-', '    撰寫測', '    試計畫', 'list: [x, {k: v}]', ''].join('\n');
const p = parseYaml('t.yaml', text);
const at = (path: Array<string | number>, key?: string, offset?: number) => {
  const pos = locate(p.doc, p.lineCounter, path, key, offset === undefined ? undefined : { at: offset, source: p.text });
  return `${pos.line}:${pos.column}`;
};

describe('locate', () => {
  it('finds values, keys and the nearest existing ancestor', () => {
    expect(at(['a', 'plain'])).toBe('2:10');
    expect(at(['a'], 'quoted')).toBe('3:3');
    expect(at(['list', 1, 'k'])).toBe('8:15');
    expect(at(['a', 'missing', 3])).toBe('2:3');
  });

  it('points inside a string written as it reads, and at its start otherwise', () => {
    expect(at(['a', 'plain'], undefined, 3)).toBe('2:13'); // the space
    expect(at(['a', 'quoted'], undefined, 3)).toBe('3:15'); // after the opening quote
    expect(at(['a', 'escaped'], undefined, 3)).toBe('4:12'); // an escape: the value's start
    expect(at(['a', 'folded'], undefined, 3)).toBe('5:11'); // a block scalar: its start
  });

  it('parses JSON pointers, array indexes as numbers', () => {
    expect(parsePointer('/duties/0/tasks/1/code')).toEqual(['duties', 0, 'tasks', 1, 'code']);
    expect(parsePointer('/a~1b/~0c')).toEqual(['a/b', '~c']);
    expect(parsePointer('')).toEqual([]);
  });
});
