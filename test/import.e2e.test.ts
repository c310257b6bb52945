// End-to-end: compstd import on the built bin.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compstd, FIXTURES, ROOT } from './helpers.js';

const IDC = `${FIXTURES}icap/IDC3512-002v2.txt`;
const tmp = () => mkdtempSync(join(tmpdir(), 'compstd-import-'));

describe('compstd import', () => {
  it('prints the standard file and lists every repair on stderr', () => {
    const r = compstd(['import', IDC]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(`${ROOT}standards/IDC3512-002/v2.yaml`, 'utf8'));
    expect(r.stderr).toContain('已修正 O2.2.1（刪除多餘空白）：維 運日誌表 → 維運日誌表');
    expect(r.stderr).toContain('已修正 T2.1（合併跨頁續列）');
    const en = compstd(['import', IDC, '--lang', 'en']);
    expect(en.stderr).toContain('repaired O2.2.1 (removed a space): 維 運日誌表 → 維運日誌表');
    expect(en.stderr).toContain('repaired T2.1 (merged a continuation row)');
  });

  it('reads standard input with -', () => {
    const r = compstd(['import', '-'], { input: readFileSync(`${FIXTURES}icap/IIS3512-001v3.txt`, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(`${ROOT}standards/IIS3512-001/v3.yaml`, 'utf8'));
  });

  it('-o writes the file, refuses to overwrite it without --force', () => {
    const dir = tmp();
    const out = join(dir, 'v2.yaml');
    expect(compstd(['import', IDC, '-o', out]).code).toBe(0);
    // Outside a repository with a schema, the modeline points at the installation's schema, from where the file is.
    const [modeline, ...rest] = readFileSync(out, 'utf8').split('\n');
    expect(existsSync(join(dir, /\$schema=(\S+)$/.exec(modeline!)![1]!))).toBe(true);
    expect(rest.join('\n')).toBe(readFileSync(`${ROOT}standards/IDC3512-002/v2.yaml`, 'utf8').split('\n').slice(1).join('\n'));
    writeFileSync(out, 'mine');
    const again = compstd(['import', IDC, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(compstd(['import', IDC, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('mine');
  });

  it('--into places the file at DIR/<CODE>/v<N>.yaml, and it validates', () => {
    const dir = tmp();
    const r = compstd(['import', `${FIXTURES}icap/SET3115-001v5.txt`, '--into', dir]);
    expect(r.code).toBe(0);
    const path = join(dir, 'SET3115-001', 'v5.yaml');
    expect(existsSync(path)).toBe(true);
    expect(compstd(['import', `${FIXTURES}icap/SET3115-001v5.txt`, '--into', dir]).code).toBe(2);
    const v = compstd(['validate', path]);
    expect(v.code).toBe(0);
  });

  it('--report json gives the repairs and findings as JSON; --format json the standard', () => {
    const r = compstd(['import', IDC, '--report', 'json', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stderr);
    expect(report.code).toBe('IDC3512-002v2');
    expect(report.repairs).toHaveLength(7);
    expect(report.findings).toEqual([]);
    expect(JSON.parse(r.stdout).code).toBe('IDC3512-002v2');
  });

  it('what show --format json gives of the imported file is the imported standard', () => {
    const dir = tmp();
    const path = join(dir, 'LPS5404-001', 'v3.yaml');
    compstd(['import', `${FIXTURES}icap/LPS5404-001v3.txt`, '--into', dir]);
    const shown = JSON.parse(compstd(['show', path, '--format', 'json']).stdout);
    const imported = JSON.parse(compstd(['import', `${FIXTURES}icap/LPS5404-001v3.txt`, '--format', 'json']).stdout);
    expect(shown).toEqual(imported);
  });

  it.each([
    ['not a document', 'hello\nworld\n', /no table row/],
    ['a YAML file', readFileSync(`${ROOT}standards/IIS3512-001/v3.yaml`, 'utf8'), /:1: /],
    ['a truncated document', readFileSync(IDC, 'utf8').split('\n').slice(0, 25).join('\n'), /expected 職能內涵 \(A=attitude 態度\)/],
    ['unrecognised columns', readFileSync(IDC, 'utf8').replace(/行為指標/g, '指標').replace(/職能內涵 \(K=knowledge 知識\)/g, '甲'), /columns can't be recognised/],
  ])('bad input (%s): exit 2, a message with the line, no file written', (_name, text, message) => {
    const dir = tmp();
    const input = join(dir, 'doc.txt');
    writeFileSync(input, text);
    const r = compstd(['import', input, '--into', dir], { env: { COMPSTD_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(compstd(['import', input, '--into', dir]).stderr).toMatch(/doc\.txt:[0-9]+: \p{Script=Han}/u);
    expect(r.stderr).toMatch(/doc\.txt:[0-9]+: /);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'IDC3512-002'))).toBe(false);
  });

  it('a missing file is an input error', () => {
    const r = compstd(['import', 'no-such.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('compstd: 無法讀取 no-such.txt：沒有這個檔案或資料夾\n');
  });
});
