import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from './catalog.js';
import { derivedFromCatalog } from './derived.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

describe('derivedFromCatalog', () => {
  it('derives once, then serves the index until a file is added, changed or removed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'compstd-derived-'));
    cpSync(join(fixtures, 'catalog-mixed'), root, { recursive: true });
    const cache = { dir: mkdtempSync(join(tmpdir(), 'compstd-derived-cache-')), salt: 's' };
    let derivations = 0;
    const run = async () =>
      derivedFromCatalog(new Catalog({ root, cwd: root }), cache, 'codes', (view) => {
        derivations++;
        return view.entries.map((e) => `${e.base}v${e.version}`);
      });
    const first = await run();
    expect(first.value).toEqual(['ABC1234-001v1', 'ABC1234-001v2']);
    expect(first.skipped.map((s) => s.file)).toEqual(['XYZ9999-001/v1.yaml']); // a broken file, remembered
    expect((await run()).skipped).toHaveLength(1);
    expect(derivations).toBe(1);
    rmSync(join(root, 'XYZ9999-001'), { recursive: true });
    expect((await run()).skipped).toEqual([]);
    expect(derivations).toBe(2);
    writeFileSync(join(root, 'ABC1234-001', 'v2.yaml'), 'code: [broken\n');
    expect((await run()).value).toEqual([]);
    expect(derivations).toBe(3);
    expect((await run()).value).toEqual([]);
    expect(derivations).toBe(3);
  });

  it('serves a settled catalogue by stat alone, and still sees an added file or a rewrite that keeps size and mtime', async () => {
    const root = mkdtempSync(join(tmpdir(), 'compstd-derived-'));
    cpSync(join(fixtures, 'catalog-mixed'), root, { recursive: true });
    rmSync(join(root, 'XYZ9999-001'), { recursive: true });
    const past = new Date(Date.now() - 3600_000);
    const settle = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) settle(p);
        utimesSync(p, past, past);
      }
      utimesSync(dir, past, past);
    };
    settle(root);
    const cache = { dir: mkdtempSync(join(tmpdir(), 'compstd-derived-cache-')), salt: 's' };
    let derivations = 0;
    const run = async () =>
      (
        await derivedFromCatalog(new Catalog({ root, cwd: root }), cache, 'names', (view) => {
          derivations++;
          return view.entries.map((e) => (e.kind === 'published' ? `${e.base}v${e.version} ${e.standard.name}` : `${e.base}v${e.version}`));
        })
      ).value;
    const first = await run();
    expect(await run()).toEqual(first);
    expect(derivations).toBe(1);
    // A file added: its folder's mtime changes.
    const v2 = join(root, 'ABC1234-001', 'v2.yaml');
    const text = readFileSync(v2, 'utf8');
    writeFileSync(join(root, 'ABC1234-001', 'v3.yaml'), text.replace(/^code: ABC1234-001v2$/m, 'code: ABC1234-001v3').replace(/^version: 2$/m, 'version: 3'));
    expect((await run()).some((x) => x.startsWith('ABC1234-001v3'))).toBe(true);
    // A rewrite of the same size with the old mtime put back: its ctime still changes.
    settle(root);
    await run();
    const name = /^name: (.+)$/m.exec(text)![1]!;
    const renamed = [...name].reverse().join('');
    writeFileSync(v2, text.replace(`name: ${name}`, `name: ${renamed}`));
    utimesSync(v2, past, past);
    expect(await run()).toContain(`ABC1234-001v2 ${renamed}`);
  });
});
