// End-to-end, on the built bin, as root as in CI: a document's own code and title are hostile
// data. import --into never writes outside the folder, and says why in one line (exit 2).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { linesOf, runBin, sandbox, tree, documentWith } from './hostile-helpers.js';

/** A sandbox with the target nested deep, so that a few `..` land inside the sandbox. */
function setup(): { box: string; work: string; into: string } {
  const box = sandbox('hostile-import');
  const work = join(box, 'a', 'b', 'c', 'work');
  const into = join(work, 'into');
  mkdirSync(into, { recursive: true });
  return { box, work, into };
}

describe('import --into: paths from the document', () => {
  const hostile: Array<[string, RegExp]> = [
    ['../escapedv3', /會離開/],
    ['../../escapedv3', /會離開/],
    ['../../../../../../../../../../../../v3', /會離開/],
    ['..', /會離開/],
    ['IIS3512-001v3/../../../x', /會離開/],
    ['..\\..\\escapedv3', /會離開/],
    ['./IIS3512-001v3', /會離開/],
    [`/tmp/compstd-absolute-${process.pid}v3`, /絕對路徑/],
    ['C:\\compstd\\v3', /絕對路徑/],
    ['IIS3512-001\u0000v3', /控制字元/],
    ['IIS3512-001\u001b[2Jv3', /控制字元/],
    [`${'A'.repeat(300)}v3`, /太長/],
    ['%2e%2e%2fescapedv3', /不是職能基準代碼/],
    ['escapedv3', /不是職能基準代碼/],
  ];

  for (const [code, why] of hostile) {
    it(`refuses the code ${JSON.stringify(code.length > 40 ? `${code.slice(0, 40)}…` : code)} and writes nothing`, () => {
      const { box, work, into } = setup();
      writeFileSync(join(work, 'doc.txt'), documentWith(code));
      const before = tree(box);
      const absolute = [resolve(into, code), resolve(into, code.toUpperCase()), resolve(into, code.toUpperCase().replace(/V3$/, ''), 'v3.yaml'), '/v3.yaml', '/V3', '/tmp/ESCAPED'];
      const existed = absolute.filter((p) => existsSync(p));
      const r = runBin(['import', 'doc.txt', '--into', 'into'], { cwd: work });
      expect(r.code).toBe(2);
      expect(linesOf(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(why);
      expect(r.stderr).not.toContain('internal error');
      // eslint-disable-next-line no-control-regex
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
      expect(tree(box)).toEqual(before);
      expect(absolute.filter((p) => existsSync(p))).toEqual(existed);
    });
  }

  it('writes a valid code at DIR/<CODE>/v<N>.yaml, upper-cased', () => {
    const { work, into } = setup();
    writeFileSync(join(work, 'doc.txt'), documentWith('iis3512-001v3'));
    const r = runBin(['import', 'doc.txt', '--into', 'into'], { cwd: work });
    expect(r.code).toBe(0);
    expect(tree(into)).toEqual(['IIS3512-001', join('IIS3512-001', 'v3.yaml')]);
  });

  it('refuses --into a file, DIR/<CODE> a file, and links below DIR: one line, no internal error', () => {
    const { box, work, into } = setup();
    const outside = join(box, 'outside');
    mkdirSync(outside);
    writeFileSync(join(work, 'doc.txt'), documentWith('IIS3512-001v3'));
    writeFileSync(join(work, 'a-file'), 'x');
    const cases: Array<[string[], RegExp]> = [];
    cases.push([['--into', 'a-file'], /a-file 不是資料夾/]);
    cases.push([['--into', 'a-file/sub'], /無法寫入|不是資料夾/]);
    const one = (args: string[], why: RegExp) => {
      const before = tree(box);
      const r = runBin(['import', 'doc.txt', ...args], { cwd: work });
      expect(r.code, args.join(' ')).toBe(2);
      expect(linesOf(r.stderr), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(why);
      expect(r.stderr).not.toContain('internal error');
      expect(tree(box)).toEqual(before);
    };
    for (const [args, why] of cases) one(args, why);
    writeFileSync(join(into, 'IIS3512-001'), 'a file where the folder goes');
    one(['--into', 'into'], /IIS3512-001 不是資料夾/);
    one(['--into', 'into', '--force'], /IIS3512-001 不是資料夾/);
    const into2 = join(work, 'into2');
    mkdirSync(into2);
    symlinkSync(outside, join(into2, 'IIS3512-001'));
    one(['--into', 'into2', '--force'], /符號連結/);
    const into3 = join(work, 'into3');
    mkdirSync(join(into3, 'IIS3512-001'), { recursive: true });
    writeFileSync(join(outside, 'victim'), 'untouched');
    symlinkSync(join(outside, 'victim'), join(into3, 'IIS3512-001', 'v3.yaml'));
    one(['--into', 'into3', '--force'], /符號連結/);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched');
  });

  it('creates a --into folder that does not exist yet', () => {
    const { work } = setup();
    writeFileSync(join(work, 'doc.txt'), documentWith('IIS3512-001v3'));
    expect(runBin(['import', 'doc.txt', '--into', 'new/catalogue'], { cwd: work }).code).toBe(0);
    expect(existsSync(join(work, 'new', 'catalogue', 'IIS3512-001', 'v3.yaml'))).toBe(true);
  });
});

describe('import: a title with control characters', () => {
  it('never copies a NUL, ESC or BEL raw into the file; compstd reads its own output back', () => {
    const { work } = setup();
    writeFileSync(join(work, 'doc.txt'), documentWith('IIS3512-001v3', '雲端\u0000支援\u001b[31m服務\u0007人員\u0085職能基準'));
    const r = runBin(['import', 'doc.txt', '-o', 'out.yaml'], { cwd: work });
    expect(r.code).toBe(0);
    const out = readFileSync(join(work, 'out.yaml'), 'utf8');
    // The comment line holds none; the data (a quoted scalar) none of C0 — NEL is printable YAML.
    // eslint-disable-next-line no-control-regex
    expect(out.split('\n')[1]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(out.split('\n')[1]).toContain('雲端\\u{0}支援\\u{1b}[31m服務\\u{7}人員\\u{85}職能基準');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const v = runBin(['validate', 'out.yaml', '--format', 'json'], { cwd: work });
    expect(v.stdout).not.toContain('binary-file');
    expect(v.code).toBe(0);
  });
});
