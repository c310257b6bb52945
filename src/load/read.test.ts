import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { t } from '../model/messages/index.js';
import type { Message } from '../model/i18n.js';
import { loadStandardBytes, loadStandardFile, loadStandardText, MAX_FILE_BYTES } from './read.js';

const fixture = (p: string) => fileURLToPath(new URL(`../../test/fixtures/${p}`, import.meta.url));
const valid = readFileSync(fixture('catalog-mixed/ABC1234-001/v2.yaml'), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);
/** A finding's message in English (findings are by id; the default language is Traditional Chinese). */
const en = (f: { message: string; messageId?: string; params?: Message['params'] } | undefined) => (f?.messageId !== undefined ? t('en', { id: f.messageId, ...(f.params ? { params: f.params } : {}) }) : f?.message);

describe('loadStandardText', () => {
  it('loads a valid standard with no findings', () => {
    const r = loadStandardText('v2.yaml', valid);
    expect(r.findings).toEqual([]);
    expect(r.standard?.code).toBe('ABC1234-001v2');
    expect(r.standard?.duties[0]?.tasks[0]?.rows).toHaveLength(2);
  });

  it('locates schema findings: a wrong type at its value, an unknown key at the key, a missing property at its parent map', () => {
    const r = loadStandardFile(fixture('bad/schema-broken.yaml'), 'schema-broken.yaml');
    expect(r.standard).toBeUndefined();
    const byMessage = Object.fromEntries(r.findings.map((f) => [en(f), `${f.line}:${f.column}`]));
    expect(byMessage).toEqual({
      'the document is missing the required property "nameKind"': '2:1',
      'version must be an integer, found the string "2"': '3:10',
      'duties[0].tasks[0] has an unknown property "owner"': '36:9',
    });
    expect(r.findings.every((f) => f.ruleId === 'schema' && f.severity === 'error')).toBe(true);
  });

  it('explains a union by the branch the value picked', () => {
    const text = valid.replace('knowledge: [K01, K02]', 'knowledge: [K01, {code: K02, weight: 3}]');
    const r = loadStandardText('x.yaml', text);
    expect(r.findings.map((f) => en(f))).toEqual([
      'duties[0].tasks[0].rows[0].knowledge[1] has an unknown property "weight"',
    ]);
    const line = text.split('\n').findIndex((l) => l.includes('weight')) + 1;
    expect(r.findings[0]?.line).toBe(line);
  });

  it('says what a union accepts when no branch fits', () => {
    const r = loadStandardText('x.yaml', valid.replace('level: 3\nduties', 'level: high\nduties'));
    expect(r.findings.map((f) => en(f))).toEqual(['level must be an integer or null, found the string "high"']);
  });

  it('reports YAML syntax errors with their line and column', () => {
    const r = loadStandardFile(fixture('bad/not-yaml.yaml'), 'not-yaml.yaml');
    expect(r.findings[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', line: 1, column: 7, endLine: 2, endColumn: 1 }); // the unclosed [ opens at 1:7; the parser gives up at 2:1
  });

  it('refuses an empty file', () => {
    expect(loadStandardFile(fixture('bad/empty.yaml')).findings[0]?.ruleId).toBe('empty-file');
    expect(loadStandardText('c.yaml', '# only a comment\n').findings[0]?.ruleId).toBe('empty-file');
  });

  it('refuses duplicate keys, custom tags and alias bombs', () => {
    expect(loadStandardText('d.yaml', `${valid}\nname: again\n`).findings[0]).toMatchObject({ ruleId: 'yaml-duplicate-key' });
    const tag = loadStandardText('t.yaml', valid.replace('name: 測試工程人員\n', 'name: !!js/function "x"\n'));
    expect(tag.findings[0]).toMatchObject({ ruleId: 'yaml-unknown-tag', line: 4 });
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, n] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) lol.push(`${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`);
    const bomb = loadStandardText('lol.yaml', `${lol.join('\n')}\n`);
    expect(bomb.findings[0]?.ruleId).toBe('yaml-alias-bomb');
  });

  it('keeps __proto__ as data and rejects it as an unknown property', () => {
    const r = loadStandardText('p.yaml', `${valid}__proto__:\n  polluted: true\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(en(r.findings[0])).toBe('the document has an unknown property "__proto__"');
  });

  it('reads a BOM and CRLF line ends as the same standard', () => {
    const r = loadStandardBytes('bom.yaml', enc(`\uFEFF${valid.replace(/\n/g, '\r\n')}`));
    expect(r.findings).toEqual([]);
    expect(r.standard?.name).toBe('測試工程人員');
  });

  it('survives 10,000-deep nesting with one finding', () => {
    const r = loadStandardText('deep.yaml', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(r.standard).toBeUndefined();
    expect(r.findings.filter((f) => f.ruleId === 'yaml-too-deep')).toHaveLength(1);
  });

  it('refuses invalid UTF-8, binary and oversized files with a location', () => {
    const bytes = new Uint8Array([...enc('code: x\nname: 測'), 0xff, 0xfe, ...enc('\n')]);
    expect(loadStandardBytes('u.yaml', bytes).findings[0]).toMatchObject({ ruleId: 'invalid-utf8', line: 2, column: 8 });
    expect(loadStandardBytes('b.yaml', new Uint8Array([0x61, 0x0a, 0x62, 0x00])).findings[0]).toMatchObject({
      ruleId: 'binary-file',
      line: 2,
      column: 2,
    });
    expect(loadStandardBytes('big.yaml', new Uint8Array(MAX_FILE_BYTES + 1)).findings[0]?.ruleId).toBe('file-too-large');
  });

  it('turns an unreadable path into a finding', () => {
    expect(loadStandardFile('/nonexistent/v1.yaml').findings[0]).toMatchObject({ ruleId: 'unreadable' });
  });
});

/** Whether `parsed` is still to be computed: an accessor, not a value (the fast path's mark). */
const lazy = (f: object) => {
  const desc = Object.getOwnPropertyDescriptor(f, 'parsed');
  return desc !== undefined && !('value' in desc);
};

describe('the fast path', () => {
  it('reads every fixture and bundled file exactly as the full parser does', async () => {
    const { readdirSync } = await import('node:fs');
    const { loadStandardTextFully } = await import('./read.js');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const files = [
      ...readdirSync(`${root}test/fixtures`, { recursive: true }).map((f) => `${root}test/fixtures/${String(f)}`),
      ...readdirSync(`${root}standards`, { recursive: true }).map((f) => `${root}standards/${String(f)}`),
    ].filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(25);
    let fast = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const a = loadStandardText(f, text);
      const b = loadStandardTextFully(f, text);
      expect(a.standard, f).toEqual(b.standard);
      expect(a.findings, f).toEqual(b.findings);
      if (a.standard && lazy(a)) fast++;
    }
    expect(fast).toBeGreaterThan(20); // most clean files did take the fast path
  });

  it('leaves anchors, tags and merge keys to the full parser', () => {
    for (const text of [valid.replace('name: 測試工程人員', 'name: &n 測試工程人員'), valid.replace('name: 測試工程人員', 'name: !!str 測試工程人員')]) {
      const r = loadStandardText('x.yaml', text);
      expect(lazy(r)).toBe(false);
    }
  });
});
