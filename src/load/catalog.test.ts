import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, NotFoundError, UsageError } from '../model/errors.js';
import { Catalog } from './catalog.js';
import { bundledCatalogRoot } from './paths.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const mixed = () => new Catalog({ root: join(fixtures, 'catalog-mixed'), cwd: fixtures });

describe('Catalog over a folder with one broken file', () => {
  it('loads the good file, derives history-only versions and reports the broken one', async () => {
    const view = await mixed().all();
    expect(view.entries.map((e) => `${e.base}v${e.version}:${e.kind}`)).toEqual([
      'ABC1234-001v1:history',
      'ABC1234-001v2:published',
    ]);
    expect(view.skipped.map((s) => s.file)).toEqual(['catalog-mixed/XYZ9999-001/v1.yaml']);
    const history = view.entries[0]!;
    expect(history.kind === 'history' && history.replacedBy).toBe('ABC1234-001v2');
    expect(history.kind === 'history' && history.row.name).toBe('測試人員');
  });

  it('resolves references case-insensitively, the bare code to the latest version', async () => {
    const c = mixed();
    expect(await c.resolve('abc1234-001V2')).toMatchObject({ kind: 'published', version: 2 });
    expect(await c.resolve('ABC1234-001')).toMatchObject({ kind: 'published', version: 2 });
    expect(await c.resolve('ABC1234-001v1')).toMatchObject({ kind: 'history', version: 1 });
    expect(await c.resolve('測試工程人員')).toMatchObject({ kind: 'published', version: 2 });
  });

  it('suggests the closest codes for an unknown reference', async () => {
    const c = mixed();
    await expect(c.resolve('ABC1234-002v2')).rejects.toThrow(NotFoundError);
    const typo: unknown = await c.resolve('ABC1243-001v2').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(typo).toBeInstanceOf(NotFoundError);
    expect((typo as NotFoundError).suggestions[0]).toBe('ABC1234-001v2');
    await expect(c.resolve('ABC1234-001v7')).rejects.toThrow(/has no version 7 in the catalogue \(known: v1, v2\)/);
  });

  it('accepts a path, and refuses a broken file with its location', async () => {
    const c = mixed();
    expect(await c.resolve('catalog-mixed/ABC1234-001/v2.yaml')).toMatchObject({ kind: 'published', base: 'ABC1234-001' });
    await expect(c.resolve('catalog-mixed/XYZ9999-001/v1.yaml')).rejects.toThrow(InputError);
    await expect(c.resolve('bad/not-yaml.yaml')).rejects.toThrow(/bad\/not-yaml\.yaml:1:7: /);
  });

  it('refuses a catalogue folder that does not exist', () => {
    expect(() => new Catalog({ root: join(fixtures, 'nope'), cwd: fixtures })).toThrow(UsageError);
  });
});

describe('Catalog discovery', () => {
  it('survives a symlink loop and a second file claiming one version', async () => {
    const root = mkdtempSync(join(tmpdir(), 'compstd-cat-'));
    mkdirSync(join(root, 'ABC1234-001'));
    const text = readFileSync(join(fixtures, 'catalog-mixed/ABC1234-001/v2.yaml'), 'utf8');
    writeFileSync(join(root, 'ABC1234-001', 'v2.yaml'), text);
    mkdirSync(join(root, 'copies'));
    writeFileSync(join(root, 'copies', 'again.yaml'), text);
    symlinkSync(root, join(root, 'copies', 'loop'));
    const view = await new Catalog({ root, cwd: root }).all();
    expect(view.entries.filter((e) => e.kind === 'published')).toHaveLength(1);
    expect(view.skipped).toHaveLength(1);
    expect(view.skipped[0]?.findings[0]?.ruleId).toBe('duplicate-version');
  });

  it('finds the bundled catalogue', () => {
    expect(bundledCatalogRoot()).toMatch(/standards$/);
  });
});
