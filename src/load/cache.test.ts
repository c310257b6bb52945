import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from './catalog.js';
import { FileCache, cacheSalt, defaultCacheDir } from './cache.js';

const valid = readFileSync(fileURLToPath(new URL('../../test/fixtures/catalog-mixed/ABC1234-001/v2.yaml', import.meta.url)), 'utf8');

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'compstd-cache-'));
  mkdirSync(join(root, 'cat', 'ABC1234-001'), { recursive: true });
  const file = join(root, 'cat', 'ABC1234-001', 'v2.yaml');
  writeFileSync(file, valid);
  const cache = new FileCache(join(root, 'cache'), 'salt');
  const catalog = () => new Catalog({ root: join(root, 'cat'), cwd: root, cache });
  return { root, file, cache, catalog };
}

const nameOf = async (c: Catalog) => {
  const e = await c.resolve('ABC1234-001v2');
  return e.kind === 'published' ? e.standard.name : undefined;
};

describe('FileCache', () => {
  it('caches a clean file and serves it while the file is unchanged', async () => {
    const { root, file, cache, catalog } = setup();
    expect(await nameOf(catalog())).toBe('測試工程人員');
    expect(readdirSync(join(root, 'cache'))).toHaveLength(1);
    expect(cache.get(file)?.name).toBe('測試工程人員');
  });

  it('is never stale: a changed file is read afresh, even with the same size and mtime', async () => {
    const { file, catalog } = setup();
    expect(await nameOf(catalog())).toBe('測試工程人員');
    // Same length in bytes (two CJK characters for two), and the old mtime put back.
    writeFileSync(file, valid.replace('name: 測試工程人員', 'name: 測試維運人員'));
    const t = new Date('2024-01-01T00:00:00Z');
    utimesSync(file, t, t);
    expect(await nameOf(catalog())).toBe('測試維運人員');
    writeFileSync(file, valid.replace('name: 測試工程人員', 'name: 測試品保人員'));
    utimesSync(file, t, t);
    expect(await nameOf(catalog())).toBe('測試品保人員');
  });

  it('does not cache a broken file, and a file that breaks is no longer served', async () => {
    const { root, file, catalog } = setup();
    await catalog().all();
    writeFileSync(file, 'code: [broken\n');
    const view = await catalog().all();
    expect(view.entries).toHaveLength(0);
    expect(view.skipped[0]?.findings[0]?.ruleId).toBe('yaml-syntax');
    expect(readdirSync(join(root, 'cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keys entries by salt: another version or schema misses', async () => {
    const { root, file, catalog } = setup();
    await catalog().all();
    expect(new FileCache(join(root, 'cache'), 'other').get(file)).toBeUndefined();
  });

  it('goes on without a cache it cannot write', async () => {
    const { root } = setup();
    writeFileSync(join(root, 'blocked'), 'a file where the cache folder should be');
    const cache = new FileCache(join(root, 'blocked', 'cache'), 'salt');
    const c = new Catalog({ root: join(root, 'cat'), cwd: root, cache });
    expect(await nameOf(c)).toBe('測試工程人員');
  });

  it('finds its folder and salts with version and schema', () => {
    expect(defaultCacheDir({ COMPSTD_CACHE_DIR: '/x' })).toBe('/x');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/c/compstd');
    expect(defaultCacheDir({ HOME: '/h' })).toBe('/h/.cache/compstd');
    const schema = fileURLToPath(new URL('../../schemas/standard.schema.json', import.meta.url));
    expect(cacheSalt('1.0.0', schema)).not.toBe(cacheSalt('1.0.1', schema));
  });
});
