// End-to-end: the list/search index answers for the catalogue, not for the folder of the run that
// made it. Run from D/, then from D/sub and from elsewhere: paths and skipped-file messages are
// the ones --no-cache gives there.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';
import { runBin, sandbox } from './hostile-helpers.js';

describe('the derived index and the working directory', () => {
  it('list shows paths and skipped files right from D/, then D/sub, then another folder', () => {
    const d = sandbox('hostile-cache');
    const cache = sandbox('hostile-cache-dir');
    mkdirSync(join(d, 'cat', 'ABC1234-001'), { recursive: true });
    mkdirSync(join(d, 'sub'));
    copyFileSync(`${FIXTURES}catalog-mixed/ABC1234-001/v2.yaml`, join(d, 'cat', 'ABC1234-001', 'v2.yaml'));
    writeFileSync(join(d, 'cat', 'broken.yaml'), 'code: [broken\n');
    writeFileSync(join(d, 'cat', 'big.yaml'), Buffer.alloc(4 * 1024 * 1024 + 1, 'a')); // a message by id naming the file
    const env = { COMPSTD_CACHE_DIR: cache };
    const list = (cwd: string, catalog: string, more: string[] = []) => runBin(['list', '--catalog', catalog, '--format', 'csv', '-a', ...more], { cwd, env });
    const elsewhere = sandbox('hostile-cache-elsewhere');
    const first = list(d, 'cat');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(',cat/ABC1234-001/v2.yaml');
    expect(first.stderr).toContain('略過 cat/broken.yaml');
    for (const [cwd, catalog] of [
      [join(d, 'sub'), '../cat'],
      [join(d, 'cat'), '.'],
      [elsewhere, join(d, 'cat')],
      [d, 'cat'],
    ] as const) {
      const cached = list(cwd, catalog);
      const fresh = list(cwd, catalog, ['--no-cache']);
      expect(cached.stdout, cwd).toBe(fresh.stdout);
      expect(cached.stderr, cwd).toBe(fresh.stderr);
    }
    expect(list(join(d, 'cat'), '.').stdout).toContain(',ABC1234-001/v2.yaml');
    expect(list(join(d, 'cat'), '.').stderr).toContain('無法讀取 big.yaml');
  });
});
