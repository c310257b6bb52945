// A pull request's review, end to end on the built bin, in a git repository the test makes:
// standards from test/fixtures and the bundled catalogue committed on main, then on a branch a
// reworded K, a deleted file, a changed date in a version table and a renamed file; `diff --git
// main` run from the repository root and from a subfolder (with --catalog: finding the
// catalogue by itself is another change). Also: a REV:path whose REV looks like an option.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandardDiff } from '../src/diff/types.js';
import { compstd, FIXTURES, ROOT } from './helpers.js';

let repo = '';
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
const edit = (path: string, from: string | RegExp, to: string) => {
  const file = join(repo, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: ${String(from)} not found`);
  writeFileSync(file, next);
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'compstd-review-'));
  git('init', '-q');
  for (const [from, to] of [
    [`${ROOT}standards/IIS3512-001`, 'standards/IIS3512-001'],
    [`${ROOT}standards/IDC3512-002`, 'standards/IDC3512-002'],
    [`${FIXTURES}real/LPS5404-001`, 'standards/LPS5404-001'],
    [`${FIXTURES}real/SET3115-001`, 'standards/SET3115-001'],
  ]) cpSync(from!, join(repo, to!), { recursive: true });
  mkdirSync(join(repo, 'docs/notes'), { recursive: true });
  writeFileSync(join(repo, 'docs/notes/README.md'), 'a subfolder to run from\n');
  git('add', '.');
  git('commit', '-q', '-m', 'standards');
  git('checkout', '-q', '-b', 'review');
  // A reworded K, a deleted file, a changed date, a renamed file with a reworded skill.
  edit('standards/IIS3512-001/v3.yaml', 'name: 雲端產品概念', 'name: 雲端產品與服務概念');
  git('rm', '-q', 'standards/IDC3512-002/v2.yaml');
  edit('standards/LPS5404-001/v3.yaml', 'date: "2023-12-15"', 'date: "2023-12-20"');
  mkdirSync(join(repo, 'standards/archive'));
  git('mv', 'standards/SET3115-001', 'standards/archive/SET3115-001');
  const set = readFileSync(join(repo, 'standards/archive/SET3115-001/v5.yaml'), 'utf8');
  const skill = /^skills:\n {2}- code: (S\d+)\n {4}name: (.+)$/m.exec(set)!;
  edit('standards/archive/SET3115-001/v5.yaml', `name: ${skill[2]!}`, `name: ${skill[2]!}（修訂）`);
  git('commit', '-q', '-am', 'review');
  // main moves on after the branch left it: a new standard and a reworded K elsewhere. The review
  // compares with where the branch began (the merge base), as a pull request does: neither shows.
  git('checkout', '-q', 'main');
  cpSync(`${FIXTURES}catalog-mixed/ABC1234-001`, join(repo, 'standards/ABC1234-001'), { recursive: true });
  edit('standards/IIS3512-001/v3.yaml', 'name: 資訊技術現況與發展趨勢', 'name: 資訊技術的現況與趨勢');
  git('add', '.');
  git('commit', '-q', '-m', 'main moves on');
  git('checkout', '-q', 'review');
  return () => rmSync(repo, { recursive: true, force: true });
});

const EXPECTED = [
  ['IDC3512-002v2', 'main:standards/IDC3512-002/v2.yaml', 'standards/IDC3512-002/v2.yaml', [['removed', 'file', undefined, 'major']]],
  ['IIS3512-001v3', 'main:standards/IIS3512-001/v3.yaml', 'standards/IIS3512-001/v3.yaml', [['modified', 'knowledge', undefined, 'patch']]],
  ['LPS5404-001v3', 'main:standards/LPS5404-001/v3.yaml', 'standards/LPS5404-001/v3.yaml', [['modified', 'version', 'date', 'patch']]],
  ['SET3115-001v5', 'main:standards/SET3115-001/v5.yaml', 'standards/archive/SET3115-001/v5.yaml', [['modified', 'skill', undefined, 'patch']]],
];

describe('diff --git BASE: a pull request reviewed', () => {
  const runs = () => [
    { where: 'the root', cwd: repo, catalog: 'standards' },
    { where: 'a subfolder', cwd: join(repo, 'docs/notes'), catalog: '../../standards' },
  ];

  it('lists a reworded K, a deleted file, a changed date and a renamed file, from the root and from a subfolder alike', () => {
    const outputs = runs().map(({ where, cwd, catalog }) => {
      const r = compstd(['diff', '--git', 'main', '--catalog', catalog, '--format', 'json'], { cwd });
      expect(r.code, `${where}: ${r.stderr}`).toBe(0);
      const diffs = JSON.parse(r.stdout) as StandardDiff[];
      expect(
        diffs.map((d) => [
          d.from,
          `${d.sides.from.revision}:${d.sides.from.path}`,
          d.sides.to.path,
          d.changes.map((c) => [c.kind, c.element, c.field, c.severity]),
        ]),
        where,
      ).toEqual(EXPECTED);
      const removed = diffs[0]!;
      expect(removed.sides.to).toMatchObject({ worktree: true, deleted: true, content: false });
      expect(removed.changes[0]).toMatchObject({ code: 'IDC3512-002v2', before: 'main:standards/IDC3512-002/v2.yaml' });
      expect(diffs[2]!.changes[0]).toMatchObject({ code: 'LPS5404-001v3', version: 3, before: '2023-12-15', after: '2023-12-20' });
      return r.stdout;
    });
    expect(outputs[1]).toBe(outputs[0]);
  });

  it('--fail-on major fails on the deleted file, and only on it', () => {
    for (const { cwd, catalog } of runs()) {
      expect(compstd(['diff', '--git', 'main', '--catalog', catalog, '--fail-on', 'major'], { cwd }).code).toBe(1);
      expect(compstd(['diff', '--git', 'main', '--catalog', catalog, '--fail-on', 'major', '--code', 'IIS,LPS,SET'], { cwd }).code).toBe(0);
      expect(compstd(['diff', '--git', 'main', '--catalog', catalog, '--fail-on', 'patch', '--code', 'LPS'], { cwd }).code).toBe(1);
    }
  });

  it('names both sides in the heading: the revision and path, and the working tree', () => {
    const { cwd, catalog } = runs()[1]!;
    const text = compstd(['diff', '--git', 'main', '--catalog', catalog, '--width', '200'], { cwd }).stdout;
    expect(text).toContain('main:standards/IDC3512-002/v2.yaml → 工作目錄 standards/IDC3512-002/v2.yaml（已刪除）');
    expect(text).toContain('main:standards/SET3115-001/v5.yaml → 工作目錄 standards/archive/SET3115-001/v5.yaml');
    expect(text).toContain('刪除 職能基準檔案 main:standards/IDC3512-002/v2.yaml');
    expect(text).toContain('修訂 版本表發展更新日期 LPS5404-001v3 2023/12/15 → 2023/12/20');
    expect(text).not.toContain('內容無異動');
    const md = compstd(['diff', '--git', 'main', '--catalog', catalog, '--format', 'markdown'], { cwd }).stdout;
    expect(md).toContain('`main:standards/LPS5404-001/v3.yaml → 工作目錄 standards/LPS5404-001/v3.yaml`');
    expect(md).toContain('- **修訂** 版本表發展更新日期 `LPS5404-001v3`：2023/12/15 → 2023/12/20');
    expect(md).toContain('- **刪除** 職能基準檔案 ⚠️：main:standards/IDC3512-002/v2.yaml');
    const changelog = compstd(['diff', '--git', 'main', '--catalog', catalog, '--format', 'changelog-zh'], { cwd }).stdout;
    expect(changelog).toContain('刪除職能基準檔案 main:standards/IDC3512-002/v2.yaml。');
    expect(changelog).toContain('LPS5404-001v3 版本表發展更新日期由「2023-12-15」修訂為「2023-12-20」。');
  });

  it('goldens of every format', async () => {
    const { cwd, catalog } = runs()[1]!;
    const run = (...args: string[]) => compstd(['diff', '--git', 'main', '--catalog', catalog, ...args], { cwd }).stdout;
    await expect(run('--width', '100')).toMatchFileSnapshot('golden/diff/git-review.w100.txt');
    await expect(run('--format', 'markdown')).toMatchFileSnapshot('golden/diff/git-review.md');
    await expect(run('--format', 'changelog-zh')).toMatchFileSnapshot('golden/diff/git-review.changelog.txt');
    await expect(run('--format', 'json')).toMatchFileSnapshot('golden/diff/git-review.json');
  });

  it('uncommitted and untracked files count too; nothing changed says so, naming the catalogue', () => {
    const same = compstd(['diff', '--git', 'review', '--catalog', 'standards'], { cwd: repo });
    expect(same.code).toBe(0);
    expect(same.stderr).toContain(`自 review 以來，${join(repo, 'standards')} 中沒有職能基準檔案異動`);
    cpSync(join(repo, 'standards/LPS5404-001/v3.yaml'), join(repo, 'standards/LPS5404-001/v4.yaml'));
    edit('standards/LPS5404-001/v4.yaml', /^code: LPS5404-001v3$/m, 'code: LPS5404-001v4');
    edit('standards/LPS5404-001/v4.yaml', /^version: 3$/m, 'version: 4');
    try {
      const r = compstd(['diff', '--git', 'review', '--catalog', 'standards', '--format', 'json', '--lang', 'en'], { cwd: repo });
      expect(r.code, r.stderr).toBe(0);
      const diffs = JSON.parse(r.stdout) as StandardDiff[];
      // The new file against the version before it, both in the working tree.
      expect(diffs.map((d) => [d.from, d.to, d.sides.from.path, d.sides.to.path])).toEqual([['LPS5404-001v3', 'LPS5404-001v4', 'standards/LPS5404-001/v3.yaml', 'standards/LPS5404-001/v4.yaml']]);
    } finally {
      rmSync(join(repo, 'standards/LPS5404-001/v4.yaml'));
    }
  });

  it('with no history shared with BASE (a shallow clone), compares with BASE itself and says so', () => {
    git('checkout', '-q', '--orphan', 'lone');
    git('commit', '-q', '-m', 'lone');
    try {
      const r = compstd(['--lang', 'en', 'diff', '--git', 'main', '--catalog', 'standards', '--format', 'json'], { cwd: repo });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('HEAD shares no history with main here');
      expect((JSON.parse(r.stdout) as StandardDiff[]).map((d) => d.from)).toContain('ABC1234-001v2');
    } finally {
      git('checkout', '-q', 'review');
    }
  });

  it('a file name with control characters reaches no terminal', () => {
    const odd = 'standards/x\u001b[2J\u202e';
    mkdirSync(join(repo, odd));
    git('mv', 'standards/LPS5404-001/v3.yaml', `${odd}/v3.yaml`);
    try {
      for (const format of ['text', 'markdown', 'changelog-zh']) {
        const r = compstd(['diff', '--git', 'main', '--catalog', 'standards', '--format', format], { cwd: repo });
        expect(r.code, r.stderr).toBe(0);
        const out = `${r.stdout}${r.stderr}`;
        expect(out.includes('\u001b') || out.includes('\u202e'), format).toBe(false);
      }
      expect(compstd(['diff', '--git', 'main', '--catalog', 'standards', '--width', '200'], { cwd: repo }).stdout).toContain('工作目錄 standards/x\\x1b[2J\\u202e/v3.yaml');
    } finally {
      git('reset', '-q', '--hard');
      rmSync(join(repo, odd), { recursive: true, force: true });
    }
  });

  it('a revision git does not know, a folder outside any repository: one message, exit 2', () => {
    const bad = compstd(['diff', '--git', 'no-such-rev', '--catalog', 'standards', '--lang', 'en'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('git knows no revision "no-such-rev"');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const outside = mkdtempSync(join(tmpdir(), 'compstd-norepo-'));
    cpSync(`${ROOT}standards`, join(outside, 'standards'), { recursive: true });
    const none = compstd(['diff', '--git', 'main', '--catalog', 'standards', '--lang', 'en'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('is not inside a git repository');
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('REV:path never passes an option to git', () => {
  it('a revision that starts with "-" is refused, and git writes no file', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'compstd-opt-')), 'x');
    for (const args of [
      ['diff', '--', `--output=${target}:standards/IIS3512-001/v3.yaml`, 'standards/IIS3512-001/v3.yaml'],
      ['diff', `--output=${target}:standards/IIS3512-001/v3.yaml`, 'standards/IIS3512-001/v3.yaml'],
      ['diff', '--git', `--output=${target}`, '--catalog', 'standards'],
      ['diff', '--catalog', 'standards', '--git=--output=' + target],
    ]) {
      const r = compstd(['--lang', 'en', ...args], { cwd: repo });
      expect(r.code, args.join(' ')).toBe(2);
      expect(existsSync(target), args.join(' ')).toBe(false);
    }
    const r = compstd(['--lang', 'en', 'diff', '--', `--output=${target}:standards/IIS3512-001/v3.yaml`, 'standards/IIS3512-001/v3.yaml'], { cwd: repo });
    expect(r.stderr).toContain(`"--output=${target}" is not a git revision`);
  });

  it('REV:path names both sides in the heading', () => {
    const r = compstd(['diff', 'main:standards/LPS5404-001/v3.yaml', '../standards/LPS5404-001/v3.yaml', '--catalog', '../standards', '--width', '200'], { cwd: join(repo, 'docs') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`main:standards/LPS5404-001/v3.yaml → ${join(repo, 'standards/LPS5404-001/v3.yaml')}`);
    expect(r.stdout).toContain('修訂 版本表發展更新日期 LPS5404-001v3 2023/12/15 → 2023/12/20');
  });
});
