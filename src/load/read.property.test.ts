// Property tests: whatever bytes a file holds, loading it never throws, and every finding has a
// line and column inside the text — the promise behind "never a stack trace".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadStandardBytes, loadStandardText } from './read.js';

const valid = readFileSync(fileURLToPath(new URL('../../test/fixtures/catalog-mixed/ABC1234-001/v2.yaml', import.meta.url)), 'utf8');

function checkFindings(text: string | undefined, r: ReturnType<typeof loadStandardText>): void {
  expect(r.standard !== undefined || r.findings.length > 0).toBe(true);
  const lines = text === undefined ? Infinity : text.split('\n').length + 1;
  for (const f of r.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

describe('loading never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        checkFindings(undefined, loadStandardBytes('x.yaml', bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('on YAML-looking text made of the characters that matter', () => {
    const piece = fc.constantFrom('code: ', 'name: ', '- ', '  ', '\n', ':', '[', ']', '{', '}', '&a ', '*a', '!!', '"', "'", '#', '---\n', '雲端', 'K01', '【註1】', '\t', '\r\n', '\uFEFF', '__proto__: ', '<<: ', 'null', '3');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        checkFindings(text, loadStandardText('x.yaml', text));
      }),
      { numRuns: 400 },
    );
  });

  it('on a real standard with a random slice cut out or a random line duplicated', () => {
    const lines = valid.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.nat(lines.length - 1), fc.boolean(), (a, b, cut) => {
        const [i, j] = a <= b ? [a, b] : [b, a];
        const edited = cut ? [...lines.slice(0, i), ...lines.slice(j + 1)] : [...lines.slice(0, j), lines[i]!, ...lines.slice(j)];
        const text = edited.join('\n');
        const r = loadStandardText('x.yaml', text);
        checkFindings(text, r);
      }),
      { numRuns: 300 },
    );
  });
});
