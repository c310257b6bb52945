// End-to-end, on the built bin, as root as in CI: -o keeps the destination's mode, writes through
// a symbolic link (documented in the README), never replaces a device, leaves no temporary file
// after SIGINT, SIGTERM or SIGHUP; ordinary failures are one plain line and exit 2; a failing
// standard output (/dev/full) too, and a closed pipe stays silent.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CACHE_DIR, ROOT } from './helpers.js';
import { linesOf, runBin, runShell, sandbox } from './hostile-helpers.js';

const IIS = `${ROOT}standards/IIS3512-001/v3.yaml`;

describe('-o', () => {
  it('keeps the mode of the file it replaces: 0600, 0755, 0640 (export and import)', () => {
    const dir = sandbox('hostile-write');
    for (const mode of [0o600, 0o755, 0o640]) {
      const name = `m${mode.toString(8)}.csv`;
      writeFileSync(join(dir, name), 'old');
      chmodSync(join(dir, name), mode);
      expect(runBin(['export', 'IIS3512-001v3', '-o', name], { cwd: dir }).code).toBe(0);
      expect(statSync(join(dir, name)).mode & 0o7777).toBe(mode);
      expect(readFileSync(join(dir, name), 'utf8')).toContain('K09');
    }
    writeFileSync(join(dir, 'v3.yaml'), 'old');
    chmodSync(join(dir, 'v3.yaml'), 0o600);
    expect(runBin(['import', `${ROOT}test/fixtures/icap/IIS3512-001v3.txt`, '-o', 'v3.yaml', '--force'], { cwd: dir }).code).toBe(0);
    expect(statSync(join(dir, 'v3.yaml')).mode & 0o7777).toBe(0o600);
  });

  it('writes through a symbolic link: the link stays, its target gets the content and keeps its mode', () => {
    const dir = sandbox('hostile-write');
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'm.csv'), 'old');
    chmodSync(join(dir, 'real', 'm.csv'), 0o600);
    symlinkSync('real/m.csv', join(dir, 'link.csv'));
    const r = runBin(['export', 'IIS3512-001v3', '-o', 'link.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'm.csv'), 'utf8')).toContain('K09');
    expect(statSync(join(dir, 'real', 'm.csv')).mode & 0o7777).toBe(0o600);
    expect(readdirSync(join(dir, 'real'))).toEqual(['m.csv']);
  });

  it('never replaces a device, a FIFO or a folder with a file', () => {
    const dir = sandbox('hostile-write');
    symlinkSync('/dev/null', join(dir, 'null.csv'));
    mkdirSync(join(dir, 'folder.csv'));
    for (const target of ['/dev/null', 'null.csv', 'folder.csv']) {
      const r = runBin(['export', 'IIS3512-001v3', '-o', target, '--format', 'csv'], { cwd: dir });
      expect(r.code, target).toBe(2);
      expect(linesOf(r.stderr), target).toHaveLength(1);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['folder.csv', 'null.csv']);
  });

  it('ordinary failures are one plain line and exit 2, never "internal error"', () => {
    const dir = sandbox('hostile-write');
    writeFileSync(join(dir, 'a-file'), 'x');
    const cases: Array<[string[], RegExp]> = [
      [['export', 'IIS3512-001v3', '-o', 'a-file/m.csv'], /路徑中有一段是檔案/],
      [['export', 'IIS3512-001v3', '-o', `${'n'.repeat(300)}.csv`], /名稱太長/],
      [['export', 'IIS3512-001v3', '-o', 'no/such/m.csv'], /沒有這個檔案或資料夾/],
      [['import', `${ROOT}test/fixtures/icap/IIS3512-001v3.txt`, '-o', 'a-file/v3.yaml'], /路徑中有一段是檔案/],
      [['import', `${ROOT}test/fixtures/icap/IIS3512-001v3.txt`, '-o', `${'n'.repeat(300)}.yaml`], /名稱太長/],
      // Root passes permission checks: sysfs refuses a new file even to root (EACCES, or EROFS
      // where /sys is mounted read-only, as in containers). A real read-only mount needs privileges
      // CI may not have.
      [['export', 'IIS3512-001v3', '-o', '/sys/compstd-test.csv'], /沒有權限|唯讀|不允許/],
    ];
    for (const [args, why] of cases) {
      const r = runBin(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      // import reports its findings first; the failure is the last line, and the only one saying so
      const lines = linesOf(r.stderr);
      expect(lines.filter((l) => why.test(l)), args.join(' ')).toHaveLength(1);
      expect(lines.at(-1), args.join(' ')).toMatch(why);
      if (args[0] === 'export') expect(lines).toHaveLength(1);
      expect(r.stderr).not.toContain('internal error');
    }
    expect(readdirSync(dir)).toEqual(['a-file']);
    const en = runBin(['--lang', 'en', 'export', 'IIS3512-001v3', '-o', 'a-file/m.csv'], { cwd: dir });
    expect(en.stderr).toBe('compstd: Cannot write a-file/m.csv: a part of the path is a file, not a folder\n');
  });
});

describe('standard output', () => {
  it('> /dev/full: one line, exit 2, no stack trace', () => {
    for (const args of [['list'], ['show', 'IIS3512-001v3'], ['export', 'IIS3512-001v3']]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = runBin(args, { stdio: ['ignore', full, 'pipe'] });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toBe('compstd: 無法寫入標準輸出：裝置已無剩餘空間\n');
      } finally {
        closeSync(full);
      }
    }
  });

  it('a closed pipe is silent', () => {
    const r = runShell(`BIN show IIS3512-001v3 | head -c 10 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(r.stderr.trim()).toBe('status=0');
  });
});

describe('signals during -o', () => {
  const dir = sandbox('hostile-signal');
  const cat = join(dir, 'cat');
  let whole = 0;

  beforeAll(() => {
    // A catalogue of 150 standards: a Markdown export of 14 MB, long enough to be caught writing.
    const text = readFileSync(IIS, 'utf8');
    for (let i = 100; i < 250; i++) {
      mkdirSync(join(cat, `IIS3512-${i}`), { recursive: true });
      writeFileSync(join(cat, `IIS3512-${i}`, 'v3.yaml'), text.replaceAll('IIS3512-001', `IIS3512-${i}`));
    }
    const r = runBin(['--catalog', cat, 'export', '--all', '--format', 'markdown', '-o', join(dir, 'whole.md')], { cwd: dir });
    expect(r.code).toBe(0);
    whole = statSync(join(dir, 'whole.md')).size;
  }, 60_000);

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} while the file is being written leaves no temporary file, and the target whole or absent`, async () => {
      const out = join(dir, signal);
      mkdirSync(out);
      const child = spawn(process.execPath, [BIN, '--catalog', cat, 'export', '--all', '--format', 'markdown', '-o', join(out, 'm.md')], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', COMPSTD_CACHE_DIR: CACHE_DIR },
        stdio: 'ignore',
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, sig) => res({ code, signal: sig })));
      // The signal as soon as the temporary file appears: the write is under way.
      let sawTemporary = false;
      const poll = setInterval(() => {
        if (readdirSync(out).some((n) => n.endsWith('.tmp'))) {
          sawTemporary = true;
          child.kill(signal);
          clearInterval(poll);
        }
      }, 1);
      const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const end = await exited;
      clearInterval(poll);
      clearTimeout(timeout);
      expect(end.signal === signal || end.code === 0, JSON.stringify(end)).toBe(true);
      expect(readdirSync(out).filter((n) => n !== 'm.md')).toEqual([]);
      const names = readdirSync(out);
      if (names.includes('m.md')) expect(statSync(join(out, 'm.md')).size).toBe(whole);
      // Whether the signal came while writing depends on the machine's speed; say so when not.
      if (!sawTemporary) process.stderr.write(`${signal}: the write ended before the temporary file was seen\n`);
    }, 60_000);

    it(`${signal} while the export is being made ends the run with nothing written`, async () => {
      const out = join(dir, `${signal}-early`);
      mkdirSync(out);
      const child = spawn(process.execPath, [BIN, '--catalog', cat, 'export', '--all', '--format', 'markdown', '-o', join(out, 'm.md')], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', COMPSTD_CACHE_DIR: CACHE_DIR },
        stdio: 'ignore',
      });
      const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, sig) => res(sig)));
      setTimeout(() => child.kill(signal), 300);
      expect(await exited).toBe(signal);
      expect(readdirSync(out)).toEqual([]);
    }, 60_000);
  }
});
