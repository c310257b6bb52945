// `compstd diff`: golden files of every format on the derived pairs and the bundled catalogue,
// and end-to-end runs of the built bin (references, chains, --fail-on, git revisions).
// Update goldens with `npx vitest run -u` and review the diff.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import stringWidth from 'string-width';
import { Catalog } from '../src/load/catalog.js';
import { bundledCatalogRoot } from '../src/load/paths.js';
import { diffEntries } from '../src/diff/versions.js';
import type { StandardDiff } from '../src/diff/types.js';
import { diffText } from '../src/formatters/diff/text.js';
import { diffMarkdown } from '../src/formatters/diff/markdown.js';
import { diffJson } from '../src/formatters/diff/json.js';
import { diffChangelog } from '../src/formatters/diff/changelog.js';
import { makeStyle, PLAIN } from '../src/formatters/text/style.js';
import { compstd, FIXTURES, ROOT } from './helpers.js';

const catalog = new Catalog({ root: bundledCatalogRoot(), cwd: ROOT });
const pair = async (from: string, to: string) => diffEntries(await catalog.resolve(from), await catalog.resolve(to));
const DIFF = `${FIXTURES}diff/`;

const cases: Record<string, StandardDiff[]> = {
  'mixed-idc': [await pair('IDC3512-002v2', `${DIFF}mixed-idc.yaml`)],
  'indicators-outputs': [await pair('IIS3512-001v3', `${DIFF}indicators-outputs.yaml`)],
  'header-attitudes-notes': [await pair('IIS3512-001v3', `${DIFF}header-attitudes-notes.yaml`)],
  'moved-task': [await pair('IIS3512-001v3', `${DIFF}moved-task.yaml`)],
  'removed-knowledge+links': [await pair('IIS3512-001v3', `${DIFF}removed-knowledge.yaml`), await pair('IIS3512-001v3', `${DIFF}links.yaml`)],
  'IIS3512-001-chain': [await pair('IIS3512-001v1', 'IIS3512-001v2'), await pair('IIS3512-001v2', 'IIS3512-001v3')],
  'no-changes': [await pair('IIS3512-001v3', 'IIS3512-001v3')],
};

describe.each(Object.entries(cases))('diff %s', (name, diffs) => {
  it.each([80, 120])('text at %i columns', async (width) => {
    const out = diffText(diffs, { style: PLAIN, width, colored: false });
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    await expect(out).toMatchFileSnapshot(`golden/diff/${name}.w${width}.txt`);
  });

  it('text in colour: the marks give way to colours, nothing else differs', async () => {
    const out = diffText(diffs, { style: makeStyle(1), width: 100, colored: true });
    // eslint-disable-next-line no-control-regex
    const stripped = out.replace(/\u001b\[[0-9;]*m/g, '');
    expect(stripped).not.toMatch(/[‹›«»]/);
    const plain = diffText(diffs, { style: PLAIN, width: 100, colored: false });
    expect(stripped.replace(/\s+/g, '')).toBe(plain.replace(/\[-|-\]|\{\+|\+\}/g, '').replace(/\s+/g, ''));
    await expect(out).toMatchFileSnapshot(`golden/diff/${name}.color.txt`);
  });

  it('markdown: headings per duty and task, <del>/<ins> inline', async () => {
    const out = diffMarkdown(diffs);
    const tokens = new MarkdownIt({ html: true }).parse(out, {});
    expect(tokens.filter((t) => t.type === 'heading_open').length).toBeGreaterThanOrEqual(diffs.length);
    await expect(out).toMatchFileSnapshot(`golden/diff/${name}.md`);
  });

  it('json', async () => {
    const out = diffJson(diffs, diffs.length > 1);
    const parsed = JSON.parse(out);
    if (diffs.length > 1) expect(Array.isArray(parsed)).toBe(true);
    else expect(parsed).toMatchObject({ from: diffs[0]!.from, to: diffs[0]!.to });
    await expect(out).toMatchFileSnapshot(`golden/diff/${name}.json`);
  });

  it('changelog-zh', async () => {
    await expect(diffChangelog(diffs)).toMatchFileSnapshot(`golden/diff/${name}.changelog.txt`);
  });
});

describe('changelog-zh', () => {
  it('reads as the 更新說明 of the issue', () => {
    expect(diffChangelog(cases['mixed-idc']!)).toBe(
      '修訂主要職責 T1 文字；工作任務 T1.1 職能級別由 3 調整為 2；新增工作任務 T2.4「規劃系統備份與還原」；知識 K02 → K01、K01 → K02 重新編碼；刪除技能 S11「數據分析能力」。\n',
    );
  });
});

describe('compstd diff (end to end)', () => {
  it('diff v2 v3 on the bundled catalogue: IIS3512-001 renamed, its v2 content not in the catalogue', () => {
    const r = compstd(['diff', 'v2', 'v3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('IIS3512-001v2 → IIS3512-001v3');
    expect(r.stdout).toContain('雲端[-資訊-]{+支援+}服務人員');
    expect(r.stdout).toContain('IIS3512-001v2 的內容不在目錄中');
    expect(r.stdout).toContain('unknown');
    expect(r.stdout).not.toContain('IDC3512-002'); // it has no v3
  });

  it('diff IIS3512-001: the chain v1 → v2 → v3, as a JSON array', () => {
    const r = compstd(['diff', 'IIS3512-001', '--format', 'json']);
    expect(r.code).toBe(0);
    const chain = JSON.parse(r.stdout) as StandardDiff[];
    expect(chain.map((d) => `${d.from}→${d.to}`)).toEqual(['IIS3512-001v1→IIS3512-001v2', 'IIS3512-001v2→IIS3512-001v3']);
    expect(chain[1]!.changes).toEqual([{ kind: 'modified', element: 'header', field: 'name', before: '雲端資訊服務人員', after: '雲端支援服務人員', severity: 'patch' }]);
    expect(chain.every((d) => d.classification === 'unknown')).toBe(true);
  });

  it('the same pair three ways: two refs, a standard and two versions, one versioned ref', () => {
    const a = compstd(['diff', 'IIS3512-001v2', 'IIS3512-001v3', '--format', 'json']).stdout;
    expect(compstd(['diff', 'IIS3512-001', 'v2', 'v3', '--format', 'json']).stdout).toBe(a);
    expect(compstd(['diff', 'iis3512-001v3', '--format', 'json']).stdout).toBe(a);
    expect(JSON.parse(a)).toMatchObject({ from: 'IIS3512-001v2', to: 'IIS3512-001v3', missingContent: ['IIS3512-001v2'] });
  });

  it('--fail-on: 1 when a change of that severity or above is present, else 0', () => {
    const removed = `${DIFF}removed-knowledge.yaml`;
    const reworded = `${DIFF}reworded-knowledge.yaml`;
    expect(compstd(['diff', 'IIS3512-001v3', removed, '--fail-on', 'major']).code).toBe(1);
    expect(compstd(['diff', 'IIS3512-001v3', reworded, '--fail-on', 'major']).code).toBe(0);
    expect(compstd(['diff', 'IIS3512-001v3', reworded, '--fail-on', 'minor']).code).toBe(0);
    expect(compstd(['diff', 'IIS3512-001v3', reworded, '--fail-on', 'patch']).code).toBe(1);
    expect(compstd(['diff', 'IIS3512-001v3', removed]).code).toBe(0);
  });

  it('usage and input errors exit 2 with one message, no stack', () => {
    for (const args of [['diff'], ['diff', 'v2'], ['diff', 'a', 'b', 'c', 'd'], ['diff', 'v2', 'IIS3512-001v3'], ['diff', 'IIS3512-001v1'], ['diff', 'XYZ9999-001', 'v1', 'v2'], ['diff', 'IIS3512-001v3', 'nowhere.yaml'], ['diff', 'IIS3512-001', '--fail-on', 'huge']]) {
      const r = compstd(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });

  it('REV:path and --git BASE: the review of a change in a git repository', () => {
    const repo = mkdtempSync(join(tmpdir(), 'compstd-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    mkdirSync(join(repo, 'standards'));
    cpSync(join(ROOT, 'standards'), join(repo, 'standards'), { recursive: true });
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    // A reworded K in v3, and a new v3 of IDC3512-002 (an added file with an earlier version).
    cpSync(`${DIFF}reworded-knowledge.yaml`, join(repo, 'standards/IIS3512-001/v3.yaml'));
    mkdirSync(join(repo, 'standards/IDC3512-002'), { recursive: true });
    cpSync(`${DIFF}mixed-idc.yaml`, join(repo, 'standards/IDC3512-002/v3.yaml'));
    writeFileSync(join(repo, 'README'), 'not a standard\n');
    const env = { COMPSTD_CATALOG: join(repo, 'standards') };

    const one = compstd(['diff', 'HEAD:standards/IIS3512-001/v3.yaml', 'standards/IIS3512-001/v3.yaml', '--format', 'json'], { cwd: repo, env });
    expect(one.code, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ from: 'IIS3512-001v3', to: 'IIS3512-001v4', changes: [{ kind: 'modified', element: 'knowledge', code: 'K03' }] });

    const all = compstd(['diff', '--git', 'HEAD', '--format', 'json'], { cwd: repo, env });
    expect(all.code, all.stderr).toBe(0);
    const diffs = JSON.parse(all.stdout) as StandardDiff[];
    expect(diffs.map((d) => `${d.from}→${d.to}`)).toEqual(['IDC3512-002v2→IDC3512-002v3', 'IIS3512-001v3→IIS3512-001v4']);
    expect(compstd(['diff', '--git', 'HEAD', '--fail-on', 'major'], { cwd: repo, env }).code).toBe(1);
    expect(compstd(['diff', '--git', 'HEAD', '--code', 'IIS', '--fail-on', 'major'], { cwd: repo, env }).code).toBe(0);
    const bad = compstd(['diff', '--git', 'no-such-rev'], { cwd: repo, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-rev');
  });
});
