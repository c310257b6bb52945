import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompstdError } from '../model/errors.js';
import { changedSince, parseRevPath, readAtRevision, repositoryRoot, runGit, shown } from './git.js';
import { MAX_FILE_BYTES } from './read.js';

let repo = '';
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

/** The id of the message a promise fails with. */
async function failure(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(CompstdError);
    return (e as CompstdError).msg?.id;
  }
  throw new Error('expected a failure');
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'compstd-git-unit-'));
  git('init', '-q');
  mkdirSync(join(repo, 'standards/A'), { recursive: true });
  writeFileSync(join(repo, 'standards/A/v1.yaml'), 'code: A\n');
  writeFileSync(join(repo, 'standards/A/v2.yaml'), 'code: A2\n');
  writeFileSync(join(repo, 'standards/big.yaml'), `# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
  writeFileSync(join(repo, 'notes.txt'), 'not a standard\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('git', () => {
  it('parses REV:path, and leaves drive letters and plain paths alone', () => {
    expect(parseRevPath('HEAD~1:standards/A/v1.yaml')).toEqual({ rev: 'HEAD~1', path: 'standards/A/v1.yaml' });
    expect(parseRevPath('C:\\standards\\A\\v1.yaml')).toBeUndefined();
    expect(parseRevPath('standards/A/v1.yaml')).toBeUndefined();
  });

  it('reads a file at a revision, from the root or a subfolder', async () => {
    expect(await readAtRevision('HEAD', 'standards/A/v1.yaml', repo)).toBe('code: A\n');
    expect(await readAtRevision('HEAD', 'A/v1.yaml', join(repo, 'standards'))).toBe('code: A\n');
    expect(await repositoryRoot(join(repo, 'standards'))).toBe(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo, encoding: 'utf8' }).trim());
  });

  it('maps what git says to one message each', async () => {
    expect(await failure(readAtRevision('HEAD', 'standards/A/v9.yaml', repo))).toBe('ci.notAtRevision');
    expect(await failure(readAtRevision('nope', 'standards/A/v1.yaml', repo))).toBe('ci.unknownRevision');
    expect(await failure(changedSince('nope', repo))).toBe('ci.unknownRevision');
    expect(await failure(readAtRevision('HEAD', 'standards/big.yaml', repo))).toBe('ci.gitOutputTooLarge');
    const outside = mkdtempSync(join(tmpdir(), 'compstd-git-none-'));
    const prev = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = tmpdir();
    try {
      expect(await failure(changedSince('HEAD', outside))).toBe('ci.notARepository');
      expect(await repositoryRoot(outside)).toBeUndefined();
    } finally {
      if (prev === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = prev;
    }
  });

  it('a revision that looks like an option is refused before git runs, and git itself reads it as a revision', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'compstd-git-opt-')), 'out');
    expect(await failure(readAtRevision(`--output=${target}`, 'standards/A/v1.yaml', repo))).toBe('ci.badRevision');
    expect(await failure(changedSince(`--output=${target}`, repo))).toBe('ci.badRevision');
    // The same argument list as readAtRevision's, past the check: --end-of-options keeps it a revision.
    expect(await failure(runGit(['cat-file', 'blob', '--end-of-options', `--output=${target}:standards/A/v1.yaml`], { cwd: repo, rev: `--output=${target}`, path: 'standards/A/v1.yaml' }))).toBe('ci.unknownRevision');
    expect(existsSync(target)).toBe(false);
  });

  it('lists changed standard files: modified, deleted, renamed (one change), added and untracked', async () => {
    git('checkout', '-q', '-b', 'work');
    writeFileSync(join(repo, 'standards/A/v1.yaml'), 'code: A changed\n');
    git('mv', 'standards/A/v2.yaml', 'standards/A/v3.yaml');
    git('rm', '-q', 'standards/big.yaml');
    writeFileSync(join(repo, 'standards/new.yaml'), 'code: N\n');
    writeFileSync(join(repo, 'notes.txt'), 'changed\n');
    mkdirSync(join(repo, 'standards/[x]'));
    writeFileSync(join(repo, 'standards/[x]/v1.yaml'), 'code: X\n');
    const { root, files } = await changedSince('main', join(repo, 'standards'));
    expect(files.map((f) => [f.status, f.path, f.from])).toEqual([
      ['modified', 'standards/A/v1.yaml', undefined],
      ['renamed', 'standards/A/v3.yaml', 'standards/A/v2.yaml'],
      ['added', 'standards/[x]/v1.yaml', undefined],
      ['deleted', 'standards/big.yaml', undefined],
      ['added', 'standards/new.yaml', undefined],
    ]);
    expect(files[0]!.abs).toBe(join(root, 'standards/A/v1.yaml'));
    // A folder whose name is a glob is taken literally.
    expect((await changedSince('main', join(repo, 'standards/[x]'))).files.map((f) => f.path)).toEqual(['standards/[x]/v1.yaml']);
  });

  it('shows values from the data on one line, without control characters', () => {
    expect(shown('a\nb\u001b[31mc\u202e')).toBe('a b [31mc');
    expect(shown('x'.repeat(300)).length).toBe(201);
  });
});
