import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtWorkerScript } from '../load/paths.js';
import type { IndexedFile } from '../load/catalog-index.js';
import { indexedDocs, indexedRows, readForIndex, type IndexedCatalogOptions } from './catalog-index.js';
import { docTexts } from './search.js';
import type { IndexParts } from './index-parts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of the bundled standards, with a broken file, in a scratch folder. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compstd-indexed-'));
  cpSync(join(root, 'standards'), dir, { recursive: true });
  writeFileSync(join(dir, 'IIS3512-001', 'broken.yaml'), 'code: [\n');
  return dir;
}

describe('the catalogue from its index', () => {
  it('gives what reading every file gives: built, fresh, patched after an edit in place, remade after a new name', async () => {
    const dir = scratch();
    const cache = { dir: mkdtempSync(join(tmpdir(), 'compstd-indexed-cache-')), salt: 't' };
    const o: IndexedCatalogOptions = { root: dir, cwd: dir, cache };
    const plain: IndexedCatalogOptions = { root: dir, cwd: dir, cache: undefined };
    const same = async (all: boolean) => {
      const [kept, fresh] = await Promise.all([indexedDocs(o, all), indexedDocs(plain, all)]);
      expect(kept.value).toEqual(fresh.value);
      expect(kept.skipped).toEqual(fresh.skipped);
      return kept;
    };
    expect((await same(false)).how).toBe('built');
    expect(await same(false)).toMatchObject({ how: 'fresh', read: 0 });
    expect((await same(true)).value.length).toBeGreaterThan((await same(false)).value.length);
    const rows = await indexedRows(o);
    expect(rows.value).toEqual((await indexedRows(plain)).value);
    expect(rows.skipped.map((s) => s.file)).toEqual(['IIS3512-001/broken.yaml']);

    // An edit that keeps the summary: one file read, the view patched, the same as a full read.
    const v3 = join(dir, 'IIS3512-001', 'v3.yaml');
    const text = readFileSync(v3, 'utf8');
    writeFileSync(v3, text.replace(/^description: (.*)$/m, 'description: 新的說明，含「資料」'));
    const edited = await same(false);
    expect(edited).toMatchObject({ how: 'updated', read: 1 });
    expect(docTexts(edited.value.find((d) => d.standard === 'IIS3512-001v3')!).join('')).toContain('新的說明');
    // Kept as a small delta beside the view as it was; a second edit adds to it, and another file's too.
    expect(readdirSync(cache.dir).filter((n) => n.endsWith('.delta'))).toHaveLength(1);
    writeFileSync(v3, readFileSync(v3, 'utf8').replace('新的說明', '又改過的說明'));
    const v2 = join(dir, 'IDC3512-002', 'v2.yaml');
    writeFileSync(v2, readFileSync(v2, 'utf8').replace(/^description: (.*)$/m, 'description: 另一份的說明'));
    expect((await same(false)).read).toBe(2);
    expect(docTexts((await same(false)).value.find((d) => d.standard === 'IIS3512-001v3')!).join('')).toContain('又改過的說明');
    expect(docTexts((await same(false)).value.find((d) => d.standard === 'IDC3512-002v2')!).join('')).toContain('另一份的說明');
    // A delta cut short: the view made again, right; and patched again after.
    const deltas = readdirSync(cache.dir).filter((n) => n.endsWith('.delta')).map((n) => join(cache.dir, n));
    expect(deltas.length).toBeGreaterThan(0);
    for (const path of deltas) writeFileSync(path, readFileSync(path).subarray(0, 400));
    await same(false);
    writeFileSync(v3, readFileSync(v3, 'utf8').replace('又改過的說明', '第三次的說明'));
    expect(docTexts((await same(false)).value.find((d) => d.standard === 'IIS3512-001v3')!).join('')).toContain('第三次的說明');
    // An edit of the name: the summaries change, the views are made again.
    writeFileSync(v3, readFileSync(v3, 'utf8').replace(/^name: (.*)$/m, 'name: 改過的名稱'));
    expect((await same(false)).value.find((d) => d.standard === 'IIS3512-001v3')!.name).toBe('改過的名稱');
    expect((await indexedRows(o)).value).toEqual((await indexedRows(plain)).value);
    // The broken file mended: it loads, and is no longer skipped.
    writeFileSync(join(dir, 'IIS3512-001', 'broken.yaml'), text.replace(/^code: IIS3512-001v3$/m, 'code: IIS3512-001v9').replace(/^version: 3$/m, 'version: 9'));
    const mended = await same(true);
    expect(mended.skipped).toEqual([]);
    expect(mended.value.some((d) => d.standard === 'IIS3512-001v9')).toBe(true);
  });

  it('builds afresh from an index that does not read back', async () => {
    const dir = scratch();
    const cache = { dir: mkdtempSync(join(tmpdir(), 'compstd-indexed-cache-')), salt: 't' };
    const o: IndexedCatalogOptions = { root: dir, cwd: dir, cache };
    const first = await indexedDocs(o, false);
    // Every kept file garbled in place, its length kept.
    for (const name of readdirSync(cache.dir)) {
      const path = join(cache.dir, name);
      if (name.endsWith('.index')) continue; // the header is fine, what it points at is not
      const bytes = readFileSync(path);
      writeFileSync(path, Buffer.alloc(bytes.length, 0x7b));
    }
    const again = await indexedDocs(o, false);
    expect(again.value).toEqual(first.value);
    expect(again.how).toBe('built');
    expect((await indexedDocs(o, false)).how).toBe('fresh');
  });

  it('reads on worker threads what it reads on the main thread', async () => {
    const script = builtWorkerScript('index-worker');
    if (!script) throw new Error('dist/index-worker.js is missing: run npm run build');
    const dir = scratch();
    const paths = readdirSync(join(dir, 'IIS3512-001')).map((n) => join(dir, 'IIS3512-001', n));
    const read = async (o: Parameters<typeof readForIndex>[1]) => {
      const out: Array<IndexedFile<IndexParts>> = [];
      await readForIndex(paths, o, (k, f) => (out[k] = f));
      return out;
    };
    const threaded = await read({ jobs: 2, script, threadedFrom: 1 });
    const main = await read({ jobs: 1 });
    expect(threaded).toEqual(main);
    expect(main.filter((f) => f.texts === undefined).map((f) => f.findings[0]!.ruleId)).toEqual(['yaml-syntax']);
  });
});
