// `validate --format sarif` and `--format junit` as CI services read them: SARIF against the 2.1.0
// schema and GitHub code scanning's ingestion rules (Sarif.Multitool `validate --rule-kind Gh`,
// from the devDependency @microsoft/sarif-multitool), JUnit against the Jenkins and the Ant
// schemas (xmllint from libxml2-utils; .ci/run installs it). Run in a git repository the test
// makes, from its root and from a subfolder. Goldens with a fixed time, host and root.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type AjvDraft04 from 'ajv-draft-04';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { junit } from '../src/formatters/findings/junit.js';
import { FINGERPRINT_KEY, SRCROOT } from '../src/formatters/findings/sarif.js';
import { FINDINGS_FORMATS } from '../src/formatters/findings/index.js';
import type { RunFacts } from '../src/formatters/findings/summary.js';
import { makeRenderContext } from '../src/formatters/types.js';

/** A findings format through the formatter map, as the CLI renders it (in English). */
async function formatFindings(format: 'sarif' | 'junit', report: FindingsReport, run: RunFacts): Promise<string> {
  return (await (await FINDINGS_FORMATS[format]()).format({ ...report, run }, makeRenderContext({ lang: 'en' }))) as string;
}
import { LOAD_CHECKS, RULES } from '../src/rules/registry.js';
import { validate } from '../src/rules/validate.js';
import type { FindingsReport } from '../src/formatters/findings/summary.js';
import { compstd, FIXTURES, ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS: its class is module.exports.
const Ajv04 = require('ajv-draft-04') as typeof AjvDraft04.default;
const JUNIT_XSDS = { jenkins: `${FIXTURES}junit/jenkins-junit-10.xsd`, ant: `${FIXTURES}junit/ant-junit.xsd` };
const scratch = mkdtempSync(join(tmpdir(), 'compstd-ci-formats-'));

/** xmllint's verdict on a document against a schema: '' when valid, else what it says. */
function xmllint(xml: string, xsd: string): string {
  const file = join(mkdtempSync(join(scratch, 'x-')), 'report.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}): install Debian's libxml2-utils (.ci/run does)`);
  return r.status === 0 ? '' : r.stderr;
}

interface SarifResult {
  ruleId: string;
  level?: string;
  message: { text: string };
}

/** The findings of Sarif.Multitool's validator with the SARIF and the GitHub rules. */
function multitool(sarifText: string): SarifResult[] {
  let bin: string;
  try {
    bin = require('@microsoft/sarif-multitool') as string;
  } catch (e) {
    throw new Error(`@microsoft/sarif-multitool is missing (a devDependency: npm ci installs it): ${(e as Error).message}`, { cause: e });
  }
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    throw new Error(`${bin} is not executable: its package's postinstall (chmod u+x) did not run`);
  }
  const dir = mkdtempSync(join(scratch, 'm-'));
  writeFileSync(join(dir, 'in.sarif'), sarifText);
  const r = spawnSync(bin, ['validate', '--rule-kind', 'Sarif;Gh', '--output', join(dir, 'out.sarif'), join(dir, 'in.sarif')], {
    encoding: 'utf8',
    // No ICU needed: the validator's messages are English.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 180_000,
  });
  if (r.error) throw new Error(`Sarif.Multitool could not run: ${r.error.message}`);
  let out: { runs: Array<{ results?: SarifResult[]; invocations?: Array<{ executionSuccessful: boolean }> }> };
  try {
    out = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as typeof out;
  } catch {
    throw new Error(`Sarif.Multitool wrote no log (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
  }
  expect(out.runs[0]!.invocations?.[0]?.executionSuccessful, r.stdout).toBe(true);
  return out.runs[0]!.results ?? [];
}

const sarifSchema = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(
  JSON.parse(readFileSync(`${FIXTURES}sarif/sarif-2.1.0-rtm.5.json`, 'utf8')) as object,
);

interface Log {
  runs: Array<{
    originalUriBaseIds: Record<string, { uri: string }>;
    tool: { driver: { rules: Array<{ id: string; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri?: string }> } };
    results: Array<{
      ruleId: string;
      partialFingerprints: Record<string, string>;
      properties?: { messageId: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }>;
    }>;
  }>;
}

let repo = '';
let top = '';
const FILE = 'standards/ABC1234-001/v2.yaml';

beforeAll(() => {
  repo = join(scratch, 'repo');
  mkdirSync(join(repo, 'docs/notes'), { recursive: true });
  cpSync(`${FIXTURES}rules/duplicate-code/ABC1234-001`, join(repo, 'standards/ABC1234-001'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo, encoding: 'utf8' }).trim();
  return () => rmSync(scratch, { recursive: true, force: true });
});

const fromRoot = (args: string[]) => compstd(['validate', '--catalog', 'standards', ...args], { cwd: repo });
const fromSub = (args: string[]) => compstd(['validate', '--catalog', '../../standards', ...args], { cwd: join(repo, 'docs/notes') });

describe('validate --format sarif', () => {
  it('passes the SARIF 2.1.0 schema and GitHub code scanning rules, with rule help from docs/rules', () => {
    const r = fromRoot(['--format', 'sarif']);
    expect(r.code, r.stderr).toBe(0);
    const log = JSON.parse(r.stdout) as Log;
    expect(sarifSchema(log), JSON.stringify(sarifSchema.errors?.slice(0, 3))).toBe(true);
    const found = multitool(r.stdout);
    expect(found.filter((f) => f.level === 'error' || f.ruleId.startsWith('GH')), JSON.stringify(found, null, 1)).toEqual([]);
    // The one warning left: no `informationUri`, since compstd has no web page to name.
    expect(found.map((f) => f.ruleId)).toEqual(['SARIF2005']);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((x) => x.id).sort()).toEqual([...LOAD_CHECKS.map((m) => m.id), ...RULES.map((x) => x.meta.id)].sort());
    for (const rule of rules) {
      const page = readFileSync(`${ROOT}docs/rules/${rule.id}.md`, 'utf8').trim();
      expect(rule.help.markdown).toBe(page);
      expect(rule.help.text).not.toContain('**');
      expect(rule.fullDescription.text.length).toBeGreaterThan(20);
      expect(rule.helpUri).toBeUndefined();
    }
  });

  it('the old output fails GitHub rules (the check can fail)', () => {
    const log = JSON.parse(fromRoot(['--format', 'sarif']).stdout) as Log;
    for (const rule of log.runs[0]!.tool.driver.rules) delete (rule as Partial<(typeof log.runs)[0]['tool']['driver']['rules'][0]>).help;
    expect(multitool(JSON.stringify(log)).filter((f) => f.ruleId === 'GH2012').length).toBe(log.runs[0]!.tool.driver.rules.length);
  });

  it('repository-relative URIs under %SRCROOT%, the same from the root and from a subfolder', () => {
    const a = fromRoot(['--format', 'sarif']);
    const b = fromSub(['--format', 'sarif']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const run = (JSON.parse(b.stdout) as Log).runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: `${pathToFileURL(top).href}/` } });
    expect(run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: FILE, uriBaseId: SRCROOT },
      { uri: FILE, uriBaseId: SRCROOT },
    ]);
    // A file named on the command line from the subfolder: still from the root.
    const c = compstd(['validate', `../../${FILE}`, '--format', 'sarif'], { cwd: join(repo, 'docs/notes') });
    expect((JSON.parse(c.stdout) as Log).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: FILE, uriBaseId: SRCROOT });
  });

  it('partialFingerprints survive the lines moving, and tell findings apart', () => {
    const before = (JSON.parse(fromRoot(['--format', 'sarif']).stdout) as Log).runs[0]!.results;
    const path = join(repo, FILE);
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    writeFileSync(path, [lines[0], '# 兩行註解，', '# 把每一行往下推。', ...lines.slice(1)].join('\n'));
    try {
      const after = (JSON.parse(fromRoot(['--format', 'sarif']).stdout) as Log).runs[0]!.results;
      expect(after.map((x) => x.locations[0]!.physicalLocation.region.startLine)).toEqual(before.map((x) => x.locations[0]!.physicalLocation.region.startLine + 2));
      expect(after.map((x) => x.partialFingerprints)).toEqual(before.map((x) => x.partialFingerprints));
      const prints = before.map((x) => x.partialFingerprints[FINGERPRINT_KEY]);
      expect(new Set(prints).size).toBe(prints.length);
      for (const p of prints) expect(p).toMatch(/^[0-9a-f]{32}:1$/);
    } finally {
      writeFileSync(path, text);
    }
  });

  it('the message id of a finding is in its properties', async () => {
    const result = await validate({ inputs: [`${FIXTURES}rules/duplicate-code`], cwd: ROOT, configDir: ROOT, ruleFlags: [], jobs: 1 });
    const log = JSON.parse(await formatFindings('sarif', result, { cwd: ROOT, root: ROOT })) as Log;
    log.runs[0]!.results.forEach((x, k) => {
      const f = result.findings[k]!;
      if (f.messageId !== undefined) expect(x.properties).toMatchObject({ messageId: f.messageId });
      else expect(x.properties).toBeUndefined();
    });
  });
});

describe('validate --format junit', () => {
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse(xml) as {
      testsuites: { testsuite?: Array<Record<string, string> & { testcase: Array<{ failure?: unknown }> }> } | '';
    };

  it('passes the Jenkins and the Ant schemas; each suite counts its own cases; warnings fail only when the run fails', () => {
    const bad = join(repo, 'standards/XYZ9999-001');
    mkdirSync(bad, { recursive: true });
    cpSync(`${FIXTURES}bad/not-yaml.yaml`, join(bad, 'v1.yaml'));
    try {
      for (const [failOn, exit, failures] of [
        ['error', 1, 1],
        ['warning', 1, 3],
      ] as const) {
        for (const r of [fromRoot(['--format', 'junit', '--fail-on', failOn]), fromSub(['--format', 'junit', '--fail-on', failOn])]) {
          expect(r.code).toBe(exit);
          for (const [name, xsd] of Object.entries(JUNIT_XSDS)) expect(xmllint(r.stdout, xsd), `${name}\n${r.stdout}`).toBe('');
          const doc = parse(r.stdout);
          const suites = typeof doc.testsuites === 'string' ? [] : (doc.testsuites.testsuite ?? []);
          expect(suites).toHaveLength(2);
          for (const s of suites) {
            expect(Number(s['@_tests'])).toBe(s.testcase.length);
            expect(Number(s['@_failures'])).toBe(s.testcase.filter((c) => c.failure !== undefined).length);
            expect([s['@_errors'], s['@_skipped']]).toEqual(['0', '0']);
            expect(s['@_timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
            expect(s['@_time']).toMatch(/^\d+\.\d{3}$/);
          }
          expect(suites.reduce((n, s) => n + Number(s['@_failures']), 0)).toBe(failures);
        }
      }
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
    // Warnings only, and the run passes: no failure; the warnings are in the suite's output.
    const ok = fromRoot(['--format', 'junit']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toContain('<failure');
    expect(ok.stdout).toMatch(/<system-out>standards\/ABC1234-001\/v2\.yaml:62:23 warning .*\(code-hierarchy\)\n/);
    expect(ok.stdout).toContain('<property name="warnings" value="2"/>');
    for (const xsd of Object.values(JUNIT_XSDS)) expect(xmllint(ok.stdout, xsd)).toBe('');
    // More warnings than --max-warnings fails the run: then they are failures.
    const tooMany = fromRoot(['--format', 'junit', '--max-warnings', '1']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stdout.match(/<failure /g)).toHaveLength(2);
  });

  it('escapes line breaks, tabs, quotes and markup in attributes; shows characters XML cannot hold', () => {
    const message = 'line one\nline two\t"quoted" <b>&amp; \u001b[31mred\r';
    const file = 'standards/odd\nname.yaml';
    const report: FindingsReport = {
      files: [file, 'standards/clean.yaml'],
      findings: [{ file, line: 1, column: 1, ruleId: 'schema', severity: 'error', message }],
      sources: new Map(),
    };
    const xml = junit(report, { timestamp: new Date('2026-03-01T08:09:10.123Z'), elapsedMs: 10, hostname: 'ci' });
    for (const xsd of Object.values(JUNIT_XSDS)) expect(xmllint(xml, xsd)).toBe('');
    expect(xml).toContain('message="line one&#10;line two&#9;&quot;quoted&quot; &lt;b&gt;&amp;amp; \\u001B[31mred&#13;"');
    const readBack = execFileSync('xmllint', ['--xpath', 'string(//failure/@message)', '-'], { input: xml, encoding: 'utf8' });
    // xmllint ends what it prints with a line break of its own.
    expect(readBack).toBe(`${message.replace('\u001b', '\\u001B')}\n`);
    expect(xml).toContain('timestamp="2026-03-01T08:09:10"');
    expect(xml).toContain('time="0.005"');
  });

  it('no files: an empty report both schemas accept', () => {
    const xml = junit({ files: [], findings: [], sources: new Map() }, { timestamp: new Date(0) });
    for (const xsd of Object.values(JUNIT_XSDS)) expect(xmllint(xml, xsd)).toBe('');
  });
});

describe('goldens (fixed time, host and repository root)', async () => {
  const result = await validate({
    inputs: [`${FIXTURES}rules/duplicate-code`, `${FIXTURES}rules/code-gap`, `${FIXTURES}rules/cjk-space`, `${FIXTURES}bad/not-yaml.yaml`],
    cwd: ROOT,
    configDir: ROOT,
    ruleFlags: [],
    jobs: 1,
  });
  const fixed = { cwd: '/repo', startedAt: new Date('2026-01-02T03:04:05Z'), elapsedMs: 1234, hostname: 'ci-host' };
  it('sarif', async () => {
    const { sarif } = await import('../src/formatters/findings/sarif.js');
    const { readRuleDocs } = await import('../src/load/rule-docs.js');
    const { VERSION } = await import('../src/model/version.js');
    const rules = [...LOAD_CHECKS, ...RULES.map((r) => r.meta)];
    const docs = readRuleDocs(rules.map((r) => r.id));
    const out = sarif(result, { version: VERSION, rules: rules.map((r) => ({ ...r, help: docs.get(r.id) })), root: '/repo', cwd: '/repo' });
    await expect(out).toMatchFileSnapshot('golden/validate/findings.sarif.json');
  });
  it('junit', async () => {
    const out = await formatFindings('junit', result, fixed);
    for (const xsd of Object.values(JUNIT_XSDS)) expect(xmllint(out, xsd)).toBe('');
    await expect(out).toMatchFileSnapshot('golden/validate/findings.xml');
  });
});

describe('the rules help ships with the package', () => {
  it('npm pack holds docs/rules/<id>.md for every rule', () => {
    const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ files: Array<{ path: string }> }>;
    const files = new Set(pack[0]!.files.map((f) => f.path));
    for (const id of [...LOAD_CHECKS.map((m) => m.id), ...RULES.map((r) => r.meta.id)]) expect(files.has(`docs/rules/${id}.md`), id).toBe(true);
  });
});
