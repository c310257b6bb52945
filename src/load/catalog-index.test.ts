import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogIndex, readIndexedFile } from './catalog-index.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

type P = { code: string; name: string };

/** A catalogue in a scratch folder, its stamps an hour old (settled: no stamp is racy). */
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'compstd-index-'));
  cpSync(join(fixtures, 'catalog-mixed'), root, { recursive: true });
  settle(root);
  return root;
}

const past = new Date(Date.now() - 3600_000);
function settle(dir: string): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) settle(p);
    utimesSync(p, past, past);
  }
  utimesSync(dir, past, past);
}

/** The index of `root`, counting the files read. */
function indexer(root: string, cache = { dir: mkdtempSync(join(tmpdir(), 'compstd-index-cache-')), salt: 's' }) {
  const reads: string[] = [];
  const run = async () => {
    const index = await catalogIndex<P>({
      root,
      cache,
      names: ['code', 'name'],
      read: async (paths, each) => {
        reads.push(...paths.map((p) => p.slice(root.length + 1)));
        for (let k = 0; k < paths.length; k++) each(k, await readIndexedFile(paths[k]!, (s) => ({ code: `${s.code}`, name: s.name })));
      },
    });
    return {
      how: index.how,
      files: index.paths.map((p) => p.slice(root.length + 1)),
      codes: index.part('code'),
      names: index.part('name'),
      failed: index.failed.map((f) => f?.[0]?.ruleId),
    };
  };
  return { run, reads, cache };
}

describe('catalogIndex', () => {
  it('builds once, then reads nothing while nothing changed', async () => {
    const root = scratch();
    const { run, reads } = indexer(root);
    const first = await run();
    expect(first.how).toBe('built');
    expect(first.files).toEqual(['ABC1234-001/v2.yaml', 'XYZ9999-001/v1.yaml']);
    expect(first.codes).toEqual(['ABC1234-001v2', undefined]);
    expect(first.failed).toEqual([undefined, 'schema']); // a broken file, remembered with why
    reads.length = 0;
    const second = await run();
    expect(second).toEqual({ ...first, how: 'fresh' });
    expect(reads).toEqual([]);
  });

  it('reads again only the file that changed, even when its size and mtime are put back', async () => {
    const root = scratch();
    const { run, reads } = indexer(root);
    await run();
    reads.length = 0;
    const v2 = join(root, 'ABC1234-001', 'v2.yaml');
    const text = readFileSync(v2, 'utf8');
    const name = /^name: (.+)$/m.exec(text)![1]!;
    const renamed = [...name].reverse().join('');
    writeFileSync(v2, text.replace(`name: ${name}`, `name: ${renamed}`));
    utimesSync(v2, past, past); // the ctime still moves
    const after = await run();
    expect(after.how).toBe('updated');
    expect(reads).toEqual(['ABC1234-001/v2.yaml']);
    expect(after.names[0]).toBe(renamed);
    expect(after.failed[1]).toBe('schema'); // kept from the index
    reads.length = 0;
    expect((await run()).names[0]).toBe(renamed);
    expect(reads).toEqual([]); // racy for a moment: checked by content, not read
  });

  it('sees a file added, removed or renamed over, and a folder added or removed', async () => {
    const root = scratch();
    const { run, reads } = indexer(root);
    await run();
    const v2 = join(root, 'ABC1234-001', 'v2.yaml');
    const text = readFileSync(v2, 'utf8');
    reads.length = 0;
    // A file added: only it is read, and it takes its place in walk order.
    writeFileSync(join(root, 'ABC1234-001', 'v1.yaml'), text.replace(/^code: ABC1234-001v2$/m, 'code: ABC1234-001v1').replace(/^version: 2$/m, 'version: 1'));
    let now = await run();
    expect(reads).toEqual(['ABC1234-001/v1.yaml']);
    expect(now.files).toEqual(['ABC1234-001/v1.yaml', 'ABC1234-001/v2.yaml', 'XYZ9999-001/v1.yaml']);
    expect(now.codes[0]).toBe('ABC1234-001v1');
    // Saved the way editors save: a new file renamed over the old one.
    reads.length = 0;
    writeFileSync(join(root, 'ABC1234-001', '.v2.yaml.swp'), text.replace(/^name: .+$/m, 'name: 換過'));
    renameSync(join(root, 'ABC1234-001', '.v2.yaml.swp'), v2);
    now = await run();
    expect(reads).toEqual(['ABC1234-001/v2.yaml']);
    expect(now.names[1]).toBe('換過');
    // A folder removed.
    rmSync(join(root, 'XYZ9999-001'), { recursive: true });
    now = await run();
    expect(now.files).toEqual(['ABC1234-001/v1.yaml', 'ABC1234-001/v2.yaml']);
    // A folder added, deep.
    reads.length = 0;
    mkdirSync(join(root, 'more', 'DEF1234-001'), { recursive: true });
    writeFileSync(join(root, 'more', 'DEF1234-001', 'v1.yaml'), text.replace(/^code: ABC1234-001v2$/m, 'code: DEF1234-001v2'));
    now = await run();
    expect(reads).toEqual(['more/DEF1234-001/v1.yaml']);
    expect(now.files.at(-1)).toBe('more/DEF1234-001/v1.yaml');
    expect(now.codes.at(-1)).toBe('DEF1234-001v2');
  });

  it('builds afresh when the index is cut short, from another format, or for another salt', async () => {
    const root = scratch();
    const { run, reads, cache } = indexer(root);
    const first = await run();
    const file = readdirSync(cache.dir).filter((n) => n.endsWith('.index')).map((n) => join(cache.dir, n))[0];
    const stored = readFileSync(file!);
    writeFileSync(file!, stored.subarray(0, Math.floor(stored.length / 2) & ~1));
    reads.length = 0;
    expect(await run()).toEqual(first);
    expect(reads).toHaveLength(2);
    reads.length = 0;
    const other = indexer(root, { ...cache, salt: 'another' });
    expect((await other.run()).how).toBe('built');
  });

  it('keeps nothing without a cache, and every run builds', async () => {
    const root = scratch();
    const index = await catalogIndex<P>({ root, cache: undefined, names: ['code'], read: async (paths, each) => (await Promise.all(paths.map((p) => readIndexedFile(p, (s) => ({ code: s.code, name: s.name }))))).forEach((f, k) => each(k, f)) });
    expect(index.how).toBe('built');
    expect(index.part('code')).toEqual(['ABC1234-001v2', undefined]);
  });
});
