import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError } from '../model/errors.js';
import { readFileBounded, readStreamBounded } from './bounded.js';
import { loadStandardFile } from './read.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'compstd-bounded-'));
const reason = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return String(e.msg?.params?.code);
    throw e;
  }
  return 'ok';
};

describe('readFileBounded', () => {
  it('reads a regular file up to the limit, and refuses one byte more', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'ten'), '0123456789');
    expect(readFileBounded(join(dir, 'ten'), 'ten', 10).toString()).toBe('0123456789');
    expect(reason(() => readFileBounded(join(dir, 'ten'), 'ten', 9))).toBe('too-large');
    writeFileSync(join(dir, 'empty'), '');
    expect(readFileBounded(join(dir, 'empty'), 'empty', 10).length).toBe(0);
  });

  it('refuses devices, also behind a symbolic link, and FIFOs, without hanging', () => {
    const dir = sandbox();
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    symlinkSync('/dev/urandom', join(dir, 'random.yaml'));
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync(join(dir, 'fifo.yaml'), join(dir, 'fifo-link.yaml'));
    for (const p of ['/dev/zero', '/dev/null', join(dir, 'zero.yaml'), join(dir, 'random.yaml'), join(dir, 'fifo.yaml'), join(dir, 'fifo-link.yaml')]) {
      expect(reason(() => readFileBounded(p, p, 1024)), p).toBe('not-regular');
    }
  });

  it('reads a /proc file that says it is empty, but never past the limit', () => {
    // /proc/self/status reports size 0 and is not: the limit, not the size, bounds the read.
    expect(readFileBounded('/proc/self/status', 'status', 1 << 20).toString()).toContain('Pid:');
    expect(reason(() => readFileBounded('/proc/self/status', 'status', 16))).toBe('too-large');
  });

  it('says what is wrong with a path: missing, a folder, a file in the way, a dangling link', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'file'), 'x');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    expect(reason(() => readFileBounded(join(dir, 'missing'), 'missing', 10))).toBe('ENOENT');
    expect(reason(() => readFileBounded(dir, 'dir', 10))).toBe('EISDIR');
    expect(reason(() => readFileBounded(join(dir, 'file', 'x'), 'file/x', 10))).toBe('ENOTDIR');
    expect(reason(() => readFileBounded(join(dir, 'dangling'), 'dangling', 10))).toBe('ENOENT');
    expect(reason(() => readFileBounded(join(dir, 'a'.repeat(300)), 'long', 10))).toBe('ENAMETOOLONG');
  });

  it('gives a standard file that cannot be read as one finding, not an exception', () => {
    const dir = sandbox();
    symlinkSync('/dev/zero', join(dir, 'v1.yaml'));
    const loaded = loadStandardFile(join(dir, 'v1.yaml'), 'v1.yaml');
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'unreadable', messageId: 'io.read', file: 'v1.yaml' });
    writeFileSync(join(dir, 'v2.yaml'), Buffer.alloc(4 * 1024 * 1024 + 1, 'a'));
    expect(loadStandardFile(join(dir, 'v2.yaml'), 'v2.yaml').findings[0]).toMatchObject({ ruleId: 'file-too-large' });
  });
});

describe('readStreamBounded', () => {
  it('reads a stream in chunks up to the limit', async () => {
    expect((await readStreamBounded(Readable.from([Buffer.from('abc'), Buffer.from('def')]), 6)).toString()).toBe('abcdef');
  });

  it('stops at the first chunk past the limit, and does not read the rest', async () => {
    let pulled = 0;
    function* endless(): Generator<Buffer> {
      for (;;) {
        pulled++;
        yield Buffer.alloc(64 * 1024);
      }
    }
    const stream = Readable.from(endless());
    await expect(readStreamBounded(stream, 1024 * 1024)).rejects.toMatchObject({ msg: { id: 'io.stdin', params: { code: 'too-large' } } });
    expect(pulled).toBeLessThan(40);
    expect(stream.destroyed).toBe(true);
  });

  it('turns a read error of the stream into a message', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' }));
      },
    });
    await expect(readStreamBounded(failing, 10)).rejects.toMatchObject({ msg: { id: 'io.stdin', params: { code: 'EISDIR' } } });
  });
});
