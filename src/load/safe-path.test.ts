import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { InputError } from '../model/errors.js';
import { catalogFilePath, pathInside } from './safe-path.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'compstd-safe-path-'));
const idOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.msg?.id ?? 'no-id';
    throw e;
  }
  return 'ok';
};

describe('catalogFilePath', () => {
  it('places a valid code at <root>/<BASE>/v<N>.yaml, upper-cased', () => {
    const root = sandbox();
    expect(catalogFilePath(root, 'IIS3512-001v3', 3)).toBe(join(root, 'IIS3512-001', 'v3.yaml'));
    expect(catalogFilePath(root, 'iis3512-001', 1)).toBe(join(root, 'IIS3512-001', 'v1.yaml'));
  });

  it('refuses every traversal spelling, absolute path, control character and over-long name', () => {
    const root = sandbox();
    const cases: Array<[string, string]> = [
      ['../escaped', 'io.path.traversal'],
      ['..', 'io.path.traversal'],
      ['.', 'io.path.traversal'],
      ['../../../../../../../../v2', 'io.path.traversal'],
      ['IIS3512-001v3/../../x', 'io.path.traversal'],
      ['..\\..\\x', 'io.path.traversal'],
      ['a/b', 'io.path.traversal'],
      ['', 'io.path.traversal'],
      ['/etc/passwd', 'io.path.absolute'],
      ['/tmp/x', 'io.path.absolute'],
      ['\\\\server\\share', 'io.path.absolute'],
      ['C:\\Windows', 'io.path.absolute'],
      ['c:x', 'io.path.absolute'],
      ['IIS3512-001\u0000v3', 'io.path.control'],
      ['IIS3512-001v3\n', 'io.path.control'],
      ['\u001b[31mIIS3512-001', 'io.path.control'],
      ['IIS3512-001\u0085', 'io.path.control'],
      ['A'.repeat(300), 'io.path.too-long'],
      ['雲'.repeat(100), 'io.path.too-long'],
      ['%2e%2e%2fescaped', 'io.path.invalid-code'],
      ['．．／escaped', 'io.path.invalid-code'],
      ['IIS3512-001v3 ', 'io.path.invalid-code'],
      ['IIS3512-0011', 'io.path.invalid-code'],
      ['escaped', 'io.path.invalid-code'],
    ];
    for (const [code, id] of cases) expect(idOf(() => catalogFilePath(root, code, 2)), JSON.stringify(code)).toBe(id);
  });

  it('refuses a version that is not a whole number from 1', () => {
    const root = sandbox();
    for (const v of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(idOf(() => catalogFilePath(root, 'IIS3512-001', v))).toBe('io.path.invalid-version');
  });

  it('shows a control character in a message escaped, never raw', () => {
    try {
      catalogFilePath(sandbox(), 'A\u0000\u001b[2J', 1);
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).message).toContain('A\\u{0}\\u{1b}[2J');
      // eslint-disable-next-line no-control-regex
      expect((e as InputError).message).not.toMatch(/[\u0000-\u001f]/);
    }
  });
});

describe('pathInside', () => {
  it('refuses a symbolic link below the folder, a file where a folder must be, a folder or device at the end', () => {
    const root = sandbox();
    const outside = sandbox();
    symlinkSync(outside, join(root, 'LNK1234-001'));
    expect(idOf(() => catalogFilePath(root, 'LNK1234-001', 1))).toBe('io.path.symlink');
    mkdirSync(join(root, 'FIL1234-001'));
    symlinkSync(join(outside, 'target.yaml'), join(root, 'FIL1234-001', 'v1.yaml')); // dangling, to outside
    expect(idOf(() => catalogFilePath(root, 'FIL1234-001', 1))).toBe('io.path.symlink');
    writeFileSync(join(root, 'ABC1234-001'), 'a file');
    expect(idOf(() => catalogFilePath(root, 'ABC1234-001', 1))).toBe('io.path.not-folder');
    mkdirSync(join(root, 'DIR1234-001', 'v1.yaml'), { recursive: true });
    expect(idOf(() => catalogFilePath(root, 'DIR1234-001', 1))).toBe('io.write');
    mkdirSync(join(root, 'DEV1234-001'));
    symlinkSync('/dev/zero', join(root, 'DEV1234-001', 'v1.yaml'));
    expect(idOf(() => catalogFilePath(root, 'DEV1234-001', 1))).toBe('io.path.symlink');
    const file = join(root, 'plain');
    writeFileSync(file, '');
    expect(idOf(() => pathInside(file, ['x']))).toBe('io.path.not-folder');
  });

  it('takes a folder that does not exist yet (import creates it)', () => {
    const root = join(sandbox(), 'new', 'catalogue');
    expect(catalogFilePath(root, 'IIS3512-001v2', 2)).toBe(join(root, 'IIS3512-001', 'v2.yaml'));
  });

  it('property: whatever the names, a path it returns lies inside the folder', () => {
    const root = sandbox();
    const piece = fc.constantFrom('..', '.', '/', '\\', '', 'a', 'IIS3512-001', 'v2', '\u0000', '%2e', '．', '／', 'C:', '~', '\n', '/etc', '..\\');
    const name = fc.oneof(fc.array(piece, { maxLength: 6 }).map((a) => a.join('')), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 3 }), (names) => {
        let path: string;
        try {
          path = pathInside(root, names);
        } catch (e) {
          if (e instanceof InputError) return;
          throw e;
        }
        const rel = relative(root, path);
        expect(rel === '' || rel.split(sep)[0] === '..').toBe(false);
        expect(path.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
