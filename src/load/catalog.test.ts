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
  it('loads the good file, derives history-only versions and reports the broken one', () => {
    const view = mixed().all();
    expect(view.entries.map((e) => `${e.base}v${e.version}:${e.kind}`)).toEqual([
      'ABC1234-001v1:history',
      'ABC1234-001v2:published',
    ]);
    expect(view.skipped.map((s) => s.file)).toEqual(['catalog-mixed/XYZ9999-001/v1.yaml']);
    const history = view.entries[0]!;
    expect(history.kind === 'history' && history.replacedBy).toBe('ABC1234-001v2');
    expect(history.kind === 'history' && history.row.name).toBe('測試人員');
  });

  it('resolves references case-insensitively, the bare code to the latest version', () => {
    const c = mixed();
    expect(c.resolve('abc1234-001V2')).toMatchObject({ kind: 'published', version: 2 });
    expect(c.resolve('ABC1234-001')).toMatchObject({ kind: 'published', version: 2 });
    expect(c.resolve('ABC1234-001v1')).toMatchObject({ kind: 'history', version: 1 });
    expect(c.resolve('測試工程人員')).toMatchObject({ kind: 'published', version: 2 });
  });

  it('suggests the closest codes for an unknown reference', () => {
    const c = mixed();
    expect(() => c.resolve('ABC1234-002v2')).toThrow(NotFoundError);
    const caught = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        return e;
      }
      throw new Error('expected an error');
    };
    const typo = caught(() => c.resolve('ABC1243-001v2'));
    expect(typo).toBeInstanceOf(NotFoundError);
    expect((typo as NotFoundError).suggestions[0]).toBe('ABC1234-001v2');
    expect(() => c.resolve('ABC1234-001v7')).toThrow(/has no version 7 in the catalogue \(known: v1, v2\)/);
  });

  it('accepts a path, and refuses a broken file with its location', () => {
    const c = mixed();
    expect(c.resolve('catalog-mixed/ABC1234-001/v2.yaml')).toMatchObject({ kind: 'published', base: 'ABC1234-001' });
    expect(() => c.resolve('catalog-mixed/XYZ9999-001/v1.yaml')).toThrow(InputError);
    expect(() => c.resolve('bad/not-yaml.yaml')).toThrow(/bad\/not-yaml\.yaml:2:1: /);
  });

  it('refuses a catalogue folder that does not exist', () => {
    expect(() => new Catalog({ root: join(fixtures, 'nope'), cwd: fixtures })).toThrow(UsageError);
  });
});

describe('Catalog discovery', () => {
  it('survives a symlink loop and a second file claiming one version', () => {
    const root = mkdtempSync(join(tmpdir(), 'compstd-cat-'));
    mkdirSync(join(root, 'ABC1234-001'));
    const text = readFileSync(join(fixtures, 'catalog-mixed/ABC1234-001/v2.yaml'), 'utf8');
    writeFileSync(join(root, 'ABC1234-001', 'v2.yaml'), text);
    mkdirSync(join(root, 'copies'));
    writeFileSync(join(root, 'copies', 'again.yaml'), text);
    symlinkSync(root, join(root, 'copies', 'loop'));
    const view = new Catalog({ root, cwd: root }).all();
    expect(view.entries.filter((e) => e.kind === 'published')).toHaveLength(1);
    expect(view.skipped).toHaveLength(1);
    expect(view.skipped[0]?.findings[0]?.ruleId).toBe('duplicate-version');
  });

  it('finds the bundled catalogue', () => {
    expect(bundledCatalogRoot()).toMatch(/standards$/);
  });
});
