// The catalogue's index as a user meets it: a scratch git repository of their own standards,
// list and search from its root and from a subfolder, files edited, added, renamed over and
// removed between runs (never a stale answer), runs at the same time, and a cache that can't be
// written. Each answer is checked against a run with --no-cache, which reads every file.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, compstd } from './helpers.js';

/** A git repository with the bundled standards in standards/ and a folder to work from. */
function scratchRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compstd-index-repo-'));
  spawnSync('git', ['init', '-q', dir]);
  cpSync(join(ROOT, 'standards'), join(dir, 'standards'), { recursive: true });
  mkdirSync(join(dir, 'notes', 'deep'), { recursive: true });
  return dir;
}

describe('the index in a user repository', () => {
  it('answers list and search as reading every file does, through edits, additions, renames and removals, from the root and a subfolder', () => {
    const repo = scratchRepo();
    const env = { COMPSTD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'compstd-index-cache-')) };
    const sub = join(repo, 'notes', 'deep');
    const check = (label: string) => {
      for (const cwd of [repo, sub]) {
        for (const args of [
          ['list', '--all-versions', '--format', 'json'],
          ['search', '雲端', '--format', 'json'],
          ['search', '資料', '--all-versions', '--format', 'json'],
        ]) {
          const kept = compstd(args, { cwd, env });
          const fresh = compstd(['--no-cache', ...args], { cwd, env });
          expect(kept.code, `${label}: ${args.join(' ')}`).toBe(0);
          expect(kept.stdout, `${label}: ${args.join(' ')} from ${cwd}`).toBe(fresh.stdout);
          expect(kept.stderr).toBe(fresh.stderr);
        }
      }
    };
    check('first run');
    check('second run');
    const v3 = join(repo, 'standards', 'IIS3512-001', 'v3.yaml');
    const text = readFileSync(v3, 'utf8');
    // Edited in place: the description (the summary unchanged), then the name.
    writeFileSync(v3, text.replace(/^description: (.*)$/m, 'description: 雲端資料的新說明'));
    check('description edited');
    expect(compstd(['search', '雲端資料的新說明', '--format', 'json'], { cwd: sub, env }).stdout).toContain('IIS3512-001v3');
    writeFileSync(v3, readFileSync(v3, 'utf8').replace(/^name: (.*)$/m, 'name: 雲端服務工程師'));
    check('name edited');
    // Saved the way editors save: a new file renamed over the old one.
    writeFileSync(join(repo, 'standards', 'IIS3512-001', '.v3.yaml.tmp'), text);
    renameSync(join(repo, 'standards', 'IIS3512-001', '.v3.yaml.tmp'), v3);
    check('renamed over');
    // A new version added, a broken file added, a new standard in a new folder.
    writeFileSync(join(repo, 'standards', 'IIS3512-001', 'v4.yaml'), text.replace(/^code: IIS3512-001v3$/m, 'code: IIS3512-001v4').replace(/^version: 3$/m, 'version: 4'));
    writeFileSync(join(repo, 'standards', 'IIS3512-001', 'broken.yaml'), 'code: [\n');
    mkdirSync(join(repo, 'standards', 'ABC1234-001'));
    writeFileSync(join(repo, 'standards', 'ABC1234-001', 'v1.yaml'), text.replace(/^code: IIS3512-001v3$/m, 'code: ABC1234-001v1').replace(/^version: 3$/m, 'version: 1'));
    check('added');
    expect(compstd(['list', '--format', 'json'], { cwd: repo, env }).stderr).toMatch(/略過 standards\/IIS3512-001\/broken\.yaml/);
    // Removed: a file, then a whole folder.
    rmSync(join(repo, 'standards', 'IIS3512-001', 'broken.yaml'));
    check('file removed');
    rmSync(join(repo, 'standards', 'ABC1234-001'), { recursive: true });
    check('folder removed');
    expect(JSON.parse(compstd(['list', '--format', 'json'], { cwd: repo, env }).stdout).map((r: { code: string }) => r.code)).toEqual(['IDC3512-002v2', 'IIS3512-001v4']);
  }, 120_000);

  it('gives the same answer to runs at the same time on a cold cache', async () => {
    const repo = scratchRepo();
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', COMPSTD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'compstd-index-cache-')) };
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'search', '雲端', '--format', 'json'], { cwd: repo, env });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
    const outs = await Promise.all([run(), run(), run(), run()]);
    const fresh = compstd(['--no-cache', 'search', '雲端', '--format', 'json'], { cwd: repo, env }).stdout;
    for (const out of outs) expect(out).toBe(fresh);
    expect(compstd(['search', '雲端', '--format', 'json'], { cwd: repo, env }).stdout).toBe(fresh);
  });

  it('works when the cache folder cannot be made (a file in its place), and says nothing of it', () => {
    const repo = scratchRepo();
    const blocked = join(mkdtempSync(join(tmpdir(), 'compstd-index-blocked-')), 'cache');
    writeFileSync(blocked, 'not a folder');
    const r = compstd(['search', '雲端', '--format', 'json'], { cwd: repo, env: { COMPSTD_CACHE_DIR: blocked } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(compstd(['--no-cache', 'search', '雲端', '--format', 'json'], { cwd: repo }).stdout);
  });
});
