import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../model/errors.js';
import { t } from '../model/messages/index.js';
import { LANGS } from '../model/i18n.js';
import { ioMessage } from './errno.js';
import { writeFileAtomic } from './write.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'compstd-write-'));
const failure = (f: () => unknown): { id: string; code: unknown } => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return { id: e.msg?.id ?? 'no-id', code: e.msg?.params?.code };
    throw e;
  }
  return { id: 'ok', code: undefined };
};

describe('writeFileAtomic', () => {
  it('writes a new file, and replaces one keeping its mode (0600, 0755, 0640)', () => {
    const dir = sandbox();
    writeFileAtomic(join(dir, 'new'), 'one');
    expect(readFileSync(join(dir, 'new'), 'utf8')).toBe('one');
    for (const mode of [0o600, 0o755, 0o640, 0o444]) {
      const p = join(dir, `m${mode.toString(8)}`);
      writeFileSync(p, 'old');
      chmodSync(p, mode);
      writeFileAtomic(p, 'new');
      expect(statSync(p).mode & 0o7777, mode.toString(8)).toBe(mode);
      expect(readFileSync(p, 'utf8')).toBe('new');
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the owner of a file it replaces (as root)', () => {
    if (process.getuid?.() !== 0) throw new Error('this test runs as root, as CI does');
    const p = join(sandbox(), 'owned');
    writeFileSync(p, 'old');
    execFileSync('chown', ['1234:2345', p]);
    writeFileAtomic(p, 'new');
    expect([statSync(p).uid, statSync(p).gid]).toEqual([1234, 2345]);
  });

  it('writes through a symbolic link (the link stays, its target changes), also a chain and a dangling one', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'real'), 'old');
    chmodSync(join(dir, 'real'), 0o600);
    symlinkSync('real', join(dir, 'link'));
    symlinkSync('link', join(dir, 'link2'));
    writeFileAtomic(join(dir, 'link2'), 'new');
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'link2')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'real')).mode & 0o777).toBe(0o600);
    symlinkSync('later', join(dir, 'dangling'));
    writeFileAtomic(join(dir, 'dangling'), 'made');
    expect(readlinkSync(join(dir, 'dangling'))).toBe('later');
    expect(readFileSync(join(dir, 'later'), 'utf8')).toBe('made');
    symlinkSync('loop', join(dir, 'loop'));
    expect(failure(() => writeFileAtomic(join(dir, 'loop'), 'x'))).toEqual({ id: 'io.write', code: 'ELOOP' });
  });

  it('refuses a symbolic link when told to (import --into)', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'real'), 'old');
    symlinkSync('real', join(dir, 'link'));
    expect(failure(() => writeFileAtomic(join(dir, 'link'), 'new', 'link', { symlinks: 'refuse' })).id).toBe('io.write.symlink');
    expect(readFileSync(join(dir, 'real'), 'utf8')).toBe('old');
  });

  it('refuses a folder, a device and a FIFO: never replaces them with a file', () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    symlinkSync('/dev/null', join(dir, 'null'));
    expect(failure(() => writeFileAtomic(join(dir, 'folder'), 'x'))).toEqual({ id: 'io.write', code: 'EISDIR' });
    expect(failure(() => writeFileAtomic(join(dir, 'fifo'), 'x')).id).toBe('io.write.not-regular');
    expect(failure(() => writeFileAtomic(join(dir, 'null'), 'x')).id).toBe('io.write.not-regular');
    expect(failure(() => writeFileAtomic('/dev/null', 'x')).id).toBe('io.write.not-regular');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['fifo', 'folder', 'null']);
  });

  it('maps each ordinary failure to a plain message, and leaves no temporary file', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'file'), 'x');
    expect(failure(() => writeFileAtomic(join(dir, 'no', 'such', 'x'), 'x'))).toEqual({ id: 'io.write', code: 'ENOENT' });
    expect(failure(() => writeFileAtomic(join(dir, 'file', 'x'), 'x'))).toEqual({ id: 'io.write', code: 'ENOTDIR' });
    expect(failure(() => writeFileAtomic(join(dir, 'a'.repeat(300)), 'x'))).toEqual({ id: 'io.write', code: 'ENAMETOOLONG' });
    // A name just short enough: the temporary file's name must not be too long in its turn.
    writeFileAtomic(join(dir, 'b'.repeat(255)), 'x');
    expect(readFileSync(join(dir, 'b'.repeat(255)), 'utf8')).toBe('x');
    // Root bypasses permissions; sysfs refuses new files even to root (EACCES, or EROFS when
    // mounted read-only as in containers).
    const sys = failure(() => writeFileAtomic('/sys/compstd-test.yaml', 'x'));
    expect(sys.id).toBe('io.write');
    expect(['EACCES', 'EROFS', 'EPERM']).toContain(sys.code);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('ioMessage', () => {
  it('puts every ordinary errno into plain words in both languages', () => {
    for (const code of ['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG', 'ELOOP', 'EIO', 'EFBIG', 'not-regular', 'too-large']) {
      for (const lang of LANGS) {
        const text = t(lang, ioMessage('write', code, 'x.csv'));
        expect(text, `${lang} ${code}`).toContain('x.csv');
        expect(text, `${lang} ${code}`).not.toContain(code);
      }
    }
    expect(t('en', ioMessage('write', 'EROFS', 'x.csv'))).toBe('Cannot write x.csv: the file system is read-only');
    expect(t('en', ioMessage('stdout', 'ENOSPC'))).toBe('Cannot write to standard output: no space left on the device');
    expect(t('en', ioMessage('read', 'EWHATEVER', 'x'))).toBe('Cannot read x: system error EWHATEVER');
  });
});
