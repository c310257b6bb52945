// End-to-end, on the built bin, as root as in CI: devices, FIFOs, oversized files and oversized
// standard input, through every command that reads. Each gives one message and exit 2, and the
// process stays small (its peak memory is measured inside it); a read that hung would reach the
// 10 s time-out of the run and fail (code null).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';
import { linesOf, MAX_RSS_KB, runBin, runShell, sandbox, type HostileRun } from './hostile-helpers.js';

const MiB = 1024 * 1024;

function refused(r: HostileRun, what: RegExp, label: string): void {
  expect(r.signal, label).toBeNull(); // not killed by the time-out
  expect(r.code, `${label}: ${r.stderr}`).toBe(2);
  expect(r.stderr, label).toMatch(what);
  expect(r.stderr, label).not.toContain('internal error');
  expect(r.stderr, label).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.maxRssKb, label).toBeDefined();
  expect(r.maxRssKb!, label).toBeLessThan(MAX_RSS_KB);
}

/** A folder with a link to /dev/zero, a link to /dev/urandom, a FIFO, a 5 MiB and a 20 MiB file. */
function hostileFiles(): string {
  const dir = sandbox('hostile-read');
  symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
  symlinkSync('/dev/urandom', join(dir, 'random.yaml'));
  execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
  writeFileSync(join(dir, 'big.yaml'), Buffer.alloc(5 * MiB, 'a'));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(20 * MiB, 'a'));
  return dir;
}

const NOT_REGULAR = /不是一般檔案/;
const TOO_LARGE = /超過大小上限/;

describe('files that are not regular files, or too large', () => {
  it('show, validate and import refuse a link to /dev/zero or /dev/urandom, /dev/zero itself and a FIFO at once', () => {
    const dir = hostileFiles();
    for (const f of ['zero.yaml', 'random.yaml', 'fifo.yaml', '/dev/zero']) {
      const show = runBin(['show', f], { cwd: dir });
      refused(show, NOT_REGULAR, `show ${f}`);
      expect(linesOf(show.stderr), `show ${f}`).toHaveLength(1);
      const v = runBin(['validate', f], { cwd: dir });
      expect(v.code, `validate ${f}`).toBe(1); // a finding for the file, as for any file that can't be read
      expect(v.stdout, `validate ${f}`).toMatch(NOT_REGULAR);
      expect(v.maxRssKb!, `validate ${f}`).toBeLessThan(MAX_RSS_KB);
      refused(runBin(['import', f], { cwd: dir }), NOT_REGULAR, `import ${f}`);
      expect(linesOf(runBin(['import', f], { cwd: dir }).stderr)).toHaveLength(1);
    }
  });

  it('refuses a standard file over 4 MiB and a document over 16 MiB, reading no more than the limit', () => {
    const dir = hostileFiles();
    const show = runBin(['show', 'big.yaml'], { cwd: dir });
    refused(show, TOO_LARGE, 'show big.yaml');
    expect(linesOf(show.stderr)).toHaveLength(1);
    refused(runBin(['import', 'huge.txt'], { cwd: dir }), TOO_LARGE, 'import huge.txt');
  });

  it('a catalogue with such files lists the rest and says which were skipped', () => {
    const dir = hostileFiles();
    const cat = join(dir, 'cat');
    mkdirSync(join(cat, 'ABC1234-001'), { recursive: true });
    copyFileSync(`${FIXTURES}catalog-mixed/ABC1234-001/v2.yaml`, join(cat, 'ABC1234-001', 'v2.yaml'));
    symlinkSync('/dev/zero', join(cat, 'ABC1234-001', 'v3.yaml'));
    writeFileSync(join(cat, 'ABC1234-001', 'v4.yaml'), Buffer.alloc(5 * MiB, 'a'));
    const r = runBin(['list', '--catalog', cat, '--format', 'json', '--no-cache'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((row: { code: string }) => row.code)).toContain('ABC1234-001v2');
    expect(r.stderr).toMatch(TOO_LARGE);
    expect(r.maxRssKb!).toBeLessThan(MAX_RSS_KB);
    refused(runBin(['show', '--catalog', cat, join(cat, 'ABC1234-001', 'v3.yaml')], { cwd: dir }), NOT_REGULAR, 'show link in catalogue');
  });
});

describe('.compstd.yaml', () => {
  for (const [name, make, why] of [
    ['a link to /dev/zero', (p: string) => symlinkSync('/dev/zero', p), NOT_REGULAR],
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p]), NOT_REGULAR],
    ['2 MiB', (p: string) => writeFileSync(p, Buffer.alloc(2 * MiB, '#')), TOO_LARGE],
  ] as const) {
    it(`refuses a config file that is ${name}`, () => {
      const dir = sandbox('hostile-config');
      mkdirSync(join(dir, 'ABC1234-001'));
      copyFileSync(`${FIXTURES}catalog-mixed/ABC1234-001/v2.yaml`, join(dir, 'ABC1234-001', 'v2.yaml'));
      make(join(dir, '.compstd.yaml'));
      const r = runBin(['validate', '--catalog', '.'], { cwd: dir });
      refused(r, why, name);
      expect(linesOf(r.stderr)).toHaveLength(1);
    });
  }
});

describe('standard input', () => {
  for (const args of [['show', '-'], ['validate', '-'], ['import', '-']]) {
    it(`${args.join(' ')} stops 100 MB piped in at the limit: one message, exit 2`, () => {
      const r = runShell(`head -c 100000000 /dev/zero | BIN ${args.join(' ')}`);
      refused(r, /標準輸入.*超過大小上限/, args.join(' '));
      expect(linesOf(r.stderr)).toHaveLength(1);
    });

    it(`${args.join(' ')} stops reading endless /dev/zero at the limit`, () => {
      const r = runShell(`BIN ${args.join(' ')} < /dev/zero`);
      refused(r, /標準輸入.*超過大小上限/, `${args.join(' ')} < /dev/zero`);
    });
  }

  it('still reads a standard within the limit', () => {
    const r = runShell(`BIN show - --format json < '${FIXTURES}catalog-mixed/ABC1234-001/v2.yaml'`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).code).toBe('ABC1234-001v2');
  });

  it('a folder as standard input is a plain message (Node reads it as empty)', () => {
    refused(runShell('BIN show - < /'), /<stdin>|標準輸入/, 'show - < /');
  });
});
