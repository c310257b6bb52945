// The blind test of import (issue 12): three documents written by someone who had read only
// FORMAT.md and the issue, never the importer, each with its expectations written by hand before
// the tool first ran (test/fixtures/blind/README.md). Kept unchanged: the importer must meet them.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compstd, FIXTURES } from './helpers.js';

const DIR = `${FIXTURES}blind/`;
const KINDS = { duties: 'duties', tasks: 'tasks', outputs: 'outputs', indicators: 'indicators', knowledge: 'knowledge', skills: 'skills', attitudes: 'attitudes' } as const;
type Kind = keyof typeof KINDS;

interface Expect {
  standard: { code: string; base: string; version: number };
  versions: Array<{ version: number; status: string }>;
  codes: Record<Kind, string[]>;
}

/** Every element's code in an imported standard, by the list it stands in. */
function codesOf(standard: unknown): Record<Kind, string[]> {
  const out = Object.fromEntries(Object.keys(KINDS).map((k) => [k, [] as string[]])) as Record<Kind, string[]>;
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v !== null && typeof v === 'object') {
      const code = (v as { code?: unknown }).code;
      if (typeof code === 'string' && key in KINDS) out[key as Kind].push(code);
      // In a row, knowledge and skills are references to the lists, not elements.
      for (const [k, x] of Object.entries(v)) if (k !== 'knowledge' && k !== 'skills') walk(x, k);
    }
  };
  const s = standard as { duties: unknown; knowledge: unknown; skills: unknown; attitudes: unknown };
  walk(s.duties, 'duties');
  walk(s.knowledge, 'knowledge');
  walk(s.skills, 'skills');
  walk(s.attitudes, 'attitudes');
  return out;
}

const docs = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

describe.each(docs)('blind document %s', (doc) => {
  const expected = JSON.parse(readFileSync(join(DIR, doc.replace(/\.txt$/, '.expect.json')), 'utf8')) as Expect;

  it('imports with exit 0: every code of the document, none it lacks, no duplicate, the statuses as printed', () => {
    const r = compstd(['import', `${DIR}${doc}`, '--format', 'json', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const standard = JSON.parse(r.stdout) as { code: string; version: number; versions: Array<{ version: number; status: string }> };
    expect(standard.code).toBe(expected.standard.code);
    expect(standard.version).toBe(expected.standard.version);
    const got = codesOf(standard);
    for (const kind of Object.keys(KINDS) as Kind[]) {
      expect([...got[kind]].sort(), kind).toEqual([...expected.codes[kind]].sort());
      expect(new Set(got[kind]).size, `${kind}: no duplicate`).toBe(got[kind].length);
    }
    const statusOf = (s: string) => (s === '最新版本' ? 'current' : s === '歷史版本' ? 'historical' : undefined);
    for (const v of expected.versions) {
      const want = statusOf(v.status) ?? (v.version === expected.standard.version ? 'current' : 'historical');
      expect(standard.versions.find((x) => x.version === v.version)?.status, `V${v.version}`).toBe(want);
    }
  });

  it('validates with exit 0 in a catalogue, its published defects listed as such', () => {
    const root = mkdtempSync(join(tmpdir(), 'compstd-blind-'));
    mkdirSync(join(root, expected.standard.base));
    const file = join(root, expected.standard.base, `v${expected.standard.version}.yaml`);
    expect(compstd(['import', `${DIR}${doc}`, '-o', file]).code).toBe(0);
    const r = compstd(['validate', root, '--format', 'json']);
    expect(r.code, r.stdout).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string }> }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
