// compstd in a user's own standards repository, end to end with the built bin, in temporary git
// repositories: init → import a real document → commit → edit on a branch → validate and diff
// from the root and from a subfolder with no --catalog → editors (yaml-language-server) →
// pre-commit (Debian's, installed by .ci/run) → the packed tarball, installed lean, as a library.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compstd, FIXTURES, ROOT } from './helpers.js';
import { yamlDiagnostics } from './yaml-ls.js';

const work = mkdtempSync(join(tmpdir(), 'compstd-repo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

/** The packed tarball of this checkout (dist/ as built by the tests' setup). */
let tarball = '';
beforeAll(() => {
  const dir = join(work, 'pack');
  mkdirSync(dir);
  const name = execFileSync('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT, encoding: 'utf8' }).trim();
  tarball = join(dir, name);
}, 120_000);

describe('a standards repository made by compstd init', () => {
  const repo = join(work, 'repo');
  const sub = join(repo, 'docs', 'notes');
  const standards = join(repo, 'standards');

  it('init scaffolds it, says what it wrote, and keeps everything on a second run', () => {
    mkdirSync(repo);
    git(repo, 'init', '-q');
    const first = compstd(['--lang', 'en', 'init', '--from', tarball], { cwd: repo });
    expect(first.code).toBe(0);
    for (const f of ['.compstd.yaml', 'standards/README.md', 'schemas/standard.schema.json', '.pre-commit-config.yaml', '.github/workflows/compstd.yml']) {
      expect(first.stdout).toContain(`wrote ${f}`);
      expect(existsSync(join(repo, f))).toBe(true);
    }
    expect(readFileSync(join(repo, 'schemas/standard.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/standard.schema.json'), 'utf8'));
    writeFileSync(join(repo, '.compstd.yaml'), `${readFileSync(join(repo, '.compstd.yaml'), 'utf8')}# mine\n`);
    const again = compstd(['--lang', 'en', 'init'], { cwd: repo });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('kept .compstd.yaml (it exists)');
    expect(again.stdout).not.toContain('wrote');
    expect(readFileSync(join(repo, '.compstd.yaml'), 'utf8')).toContain('# mine');
    // The workflow and pre-commit config are YAML that name what they must.
    const workflow = parse(readFileSync(join(repo, '.github/workflows/compstd.yml'), 'utf8')) as { jobs: { compstd: { steps: Array<{ uses?: string; run?: string }> } } };
    const steps = workflow.jobs.compstd.steps;
    expect(steps.some((s) => s.uses === 'github/codeql-action/upload-sarif@v3')).toBe(true);
    expect(steps.some((s) => s.run?.includes('compstd diff --git "origin/$BASE" --format markdown'))).toBe(true);
  });

  it('init writes nothing through a symbolic link that leaves the folder', () => {
    const other = join(work, 'symlinked');
    mkdirSync(other);
    symlinkSync(work, join(other, '.github'));
    const r = compstd(['--lang', 'en', 'init'], { cwd: other });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside the folder');
    expect(existsSync(join(work, 'workflows'))).toBe(false);
  });

  it('import puts a real document in the catalogue, with a modeline that resolves from where it is written', () => {
    const r = compstd(['import', `${FIXTURES}icap/IDC3512-002v2.txt`, '--into', 'standards'], { cwd: repo });
    expect(r.code).toBe(0);
    const file = join(standards, 'IDC3512-002', 'v2.yaml');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/standard.schema.json');
    // Elsewhere in the repository, the modeline is computed from that place.
    mkdirSync(join(repo, 'drafts'));
    const d = compstd(['import', `${FIXTURES}icap/IIS3512-001v3.txt`, '-o', 'drafts/IIS3512-001v3.yaml'], { cwd: repo });
    expect(d.code).toBe(0);
    expect(readFileSync(join(repo, 'drafts', 'IIS3512-001v3.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/standard.schema.json');
    rmSync(join(repo, 'drafts'), { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'IDC3512-002v2');
  });

  it('validate, from the root and from a subfolder, checks the repository and names its catalogue', () => {
    mkdirSync(sub, { recursive: true });
    for (const cwd of [repo, sub]) {
      const r = compstd(['--lang', 'en', 'validate'], { cwd });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/in 0 of 1 file/);
      expect(r.stdout).toContain(`catalogue: ${cwd === repo ? 'standards' : '../../standards'} (named by ${cwd === repo ? '.compstd.yaml' : '../../.compstd.yaml'})`);
    }
    // A reference the repository lacks comes from the bundled standards behind it; list sees the repository only.
    const show = compstd(['show', 'IIS3512-001v3', '--format', 'json'], { cwd: sub });
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout).code).toBe('IIS3512-001v3');
    const list = compstd(['list', '--format', 'json'], { cwd: sub });
    expect((JSON.parse(list.stdout) as Array<{ code: string }>).map((row) => row.code)).toEqual(['IDC3512-002v2']);
    const unknown = compstd(['--lang', 'en', 'show', 'IDC3512-009'], { cwd: sub });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('catalogue: ../../standards (named by ../../.compstd.yaml); the bundled standards behind it, read-only');
  });

  it('on a branch: a draft v3 is compared with v2, validate finds what is broken, diff --git names the catalogue when nothing changed', () => {
    git(repo, 'checkout', '-qb', 'draft');
    const v2 = readFileSync(join(standards, 'IDC3512-002', 'v2.yaml'), 'utf8');
    const nothing = compstd(['--lang', 'en', 'diff', '--git', 'main'], { cwd: sub });
    expect(nothing.code).toBe(0);
    expect(nothing.stderr).toMatch(/no standard file .*changed since main/);
    expect(nothing.stderr).toContain('catalogue: ../../standards');
    // Reword a K.
    const k = /^ {2}- code: K01\n {4}name: (.+)$/m.exec(v2);
    expect(k).not.toBeNull();
    const reworded = v2.replace(k![0], k![0].replace(k![1]!, `${k![1]!}與實務`));
    writeFileSync(join(standards, 'IDC3512-002', 'v2.yaml'), reworded);
    for (const cwd of [repo, sub]) {
      const diff = compstd(['diff', '--git', 'main', '--format', 'json'], { cwd });
      expect(diff.code).toBe(0);
      const changes = (JSON.parse(diff.stdout) as Array<{ changes: Array<{ element: string; code: string; kind: string }> }>)[0]!.changes;
      expect(changes).toContainEqual(expect.objectContaining({ element: 'knowledge', code: 'K01', kind: 'modified' }));
    }
    // A broken file is found, located, from the subfolder too.
    writeFileSync(join(standards, 'IDC3512-002', 'v2.yaml'), v2.replace(/^level: ([0-9])$/m, 'level: high'));
    const bad = compstd(['--lang', 'en', 'validate', '--no-frames'], { cwd: sub });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/standards\/IDC3512-002\/v2\.yaml/);
    expect(bad.stdout).toContain('catalogue: ../../standards');
    writeFileSync(join(standards, 'IDC3512-002', 'v2.yaml'), reworded);
  });

  it('yaml-language-server loads the schema from the modeline and reports a violation', async () => {
    const good = join(standards, 'IDC3512-002', 'v2.yaml');
    const broken = join(repo, 'broken.yaml');
    const text = readFileSync(good, 'utf8');
    writeFileSync(broken, text.replace('$schema=../../schemas/', '$schema=./schemas/').replace(/^level: ([0-9])$/m, 'level: high'));
    const old = join(standards, 'IDC3512-002', 'old-modeline.yaml');
    writeFileSync(old, text.replace('$schema=../../schemas/', '$schema=../schemas/'));
    try {
      const found = await yamlDiagnostics([good, broken, old], repo);
      expect(found.get(good)).toEqual([]);
      const messages = found.get(broken)!.map((d) => d.message);
      expect(messages.some((m) => m.includes('Unable to load schema'))).toBe(false);
      expect(messages).toContain('Incorrect type. Expected "integer | null".');
      // And the check can fail: a modeline that points nowhere is reported.
      expect(found.get(old)!.map((d) => d.message).join('\n')).toContain('Unable to load schema');
    } finally {
      rmSync(broken);
      rmSync(old);
    }
  }, 60_000);

  it('pre-commit (Debian\'s) runs the hook init wrote, offline: Passed on clean files, Failed with the located finding', () => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) throw new Error('pre-commit is not installed: .ci/run installs it (apt-get install -y --no-install-recommends pre-commit)');
    const env = { ...process.env, PRE_COMMIT_HOME: join(work, 'pre-commit-home'), npm_config_offline: 'true', npm_config_cache: join(work, 'npm-cache') };
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'K01 reworded');
    const clean = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    expect(clean.stdout + clean.stderr).toMatch(/compstd validate\.+Passed/);
    expect(clean.status).toBe(0);
    const file = join(standards, 'IDC3512-002', 'v2.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^level: ([0-9])$/m, 'level: high'));
    const line = text.split('\n').findIndex((l) => /^level: [0-9]$/.test(l)) + 1;
    const failed = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/compstd validate\.+Failed/);
    expect(failed.stdout).toContain('standards/IDC3512-002/v2.yaml\n');
    expect(failed.stdout).toMatch(new RegExp(`\\n +${line}:[0-9]+ +錯誤 +level`));
    writeFileSync(file, text);
  }, 300_000);
});

describe('compstd as a pre-commit repository (.pre-commit-hooks.yaml)', () => {
  it('installs from a clone with no build step, and checks a repository', () => {
    // The clone pre-commit makes of compstd: the files git holds (dist/ is committed).
    const clone = join(work, 'compstd-clone');
    mkdirSync(clone);
    for (const f of ['package.json', 'package-lock.json', 'LICENSE', 'README.md', '.pre-commit-hooks.yaml', 'bin', 'dist', 'schemas', 'standards']) {
      cpSync(join(ROOT, f), join(clone, f), { recursive: true });
    }
    git(clone, 'init', '-q');
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', 'compstd');
    git(clone, 'tag', 'v0.1.0');
    const user = join(work, 'hooks-user');
    mkdirSync(join(user, 'standards', 'IDC3512-002'), { recursive: true });
    cpSync(join(ROOT, 'standards', 'IDC3512-002', 'v2.yaml'), join(user, 'standards', 'IDC3512-002', 'v2.yaml'));
    writeFileSync(join(user, '.pre-commit-config.yaml'), `repos:\n  - repo: ${clone}\n    rev: v0.1.0\n    hooks:\n      - id: compstd-validate\n        files: ^standards/\n`);
    git(user, 'init', '-q');
    git(user, 'add', '-A');
    const env = { ...process.env, PRE_COMMIT_HOME: join(work, 'pre-commit-home-2') };
    const r = spawnSync('pre-commit', ['run', '--all-files'], { cwd: user, env, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/compstd validate\.+Passed/);
    expect(r.status).toBe(0);
    // dist/ is in git in this checkout too: a clone of it installs as this one does.
    if (existsSync(join(ROOT, '.git'))) expect(git(ROOT, 'ls-files', 'dist/cli.js', 'dist/index.d.ts').trim().split('\n')).toHaveLength(2);
  }, 600_000);
});

describe('the packed tarball', () => {
  it('installs nothing but itself with --omit=dev, runs show, and its README example type-checks and runs', () => {
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--offline', tarball], { cwd: app, encoding: 'utf8' });
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['compstd']);
    const show = spawnSync(process.execPath, [join(app, 'node_modules', 'compstd', 'bin', 'compstd.js'), 'show', 'IIS3512-001v3', '--section', 'header'], { cwd: app, encoding: 'utf8' });
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('雲端支援服務人員');
    // The README's example program, as printed.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## As a library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(app, 'example.ts'), example!);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = ['--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--typeRoots', join(ROOT, 'node_modules', '@types'), '--types', 'node', '--outDir', 'out', 'example.ts'];
    const checked = spawnSync(process.execPath, [tsc, ...args], { cwd: app, encoding: 'utf8' });
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    // A type error is caught: the declarations are really read.
    writeFileSync(join(app, 'wrong.ts'), "import { parseStandardCode } from 'compstd';\nconst n: number = parseStandardCode('IIS3512-001v3');\nconsole.log(n);\n");
    const wrong = spawnSync(process.execPath, [tsc, ...args.slice(0, -1), 'wrong.ts'], { cwd: app, encoding: 'utf8' });
    expect(wrong.status).not.toBe(0);
    const ran = spawnSync(process.execPath, [join(app, 'out', 'example.js'), 'IIS3512-001v3'], { cwd: app, encoding: 'utf8' });
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('T1.1');
  }, 120_000);
});
