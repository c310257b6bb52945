import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
