// What compstd refuses at a size that would not finish, end to end on the built bin.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compstd, ROOT } from './helpers.js';

describe('export --all of many standards', () => {
  // 100 synthetic standards (bench/gen-catalog.mjs): 1,700 rows × 7,000 columns wide.
  const catalog = join(mkdtempSync(join(tmpdir(), 'compstd-limits-')), 'standards');
  execFileSync(process.execPath, [join(ROOT, 'bench', 'gen-catalog.mjs'), '100', catalog], { stdio: 'ignore' });

  it('refuses the wide matrix, exit 2, naming its size and the long layout; writes nothing', () => {
    const out = join(catalog, '..', 'wide.csv');
    const r = compstd(['--catalog', catalog, '--lang', 'en', 'export', '--all', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/100 standards would be [\d,]+ rows × [\d,]+ columns/);
    expect(r.stderr).toContain('--layout long');
    expect(r.stderr).not.toMatch(/internal error|at .*\.js/);
    expect(existsSync(out)).toBe(false);
    expect(compstd(['--catalog', catalog, 'export', '--all', '--layout', 'long', '--format', 'csv']).code).toBe(0);
  });
});

describe('search --regex', () => {
  it('decides a catastrophically backtracking pattern, and refuses a back-reference with the reason', () => {
    expect(compstd(['search', '--regex', '(a+)+$']).code).toBe(0);
    const r = compstd(['--lang', 'en', 'search', '--regex', '(資料)\\1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('linear-time engine');
  });
});
