import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import { applyBaseline, makeBaseline } from './baseline.js';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'version-table',
  severity: 'error',
  message: '…',
  messageId: 'findings.versionTable.missing',
  params: { version: 1 },
  file: 'std/A/v1.yaml',
  line: 10,
  column: 3,
  path: ['versions'],
  ...over,
});
const fileOf = (x: Finding) => x.file;

describe('baseline', () => {
  it('records errors and warnings by rule, file, path and message, with counts, not infos', () => {
    const b = makeBaseline([f({}), f({ line: 20 }), f({ ruleId: 'code-gap', severity: 'info' }), f({ severity: 'warning', path: ['name'] })], fileOf);
    expect(b.entries).toEqual([
      { file: 'std/A/v1.yaml', rule: 'version-table', path: '/name', message: 'findings.versionTable.missing', params: { version: 1 }, count: 1 },
      { file: 'std/A/v1.yaml', rule: 'version-table', path: '/versions', message: 'findings.versionTable.missing', params: { version: 1 }, count: 2 },
    ]);
  });

  it('suppresses known findings wherever their lines moved; a new one, or one more than counted, is kept', () => {
    const b = makeBaseline([f({})], fileOf);
    const moved = applyBaseline([f({ line: 99, column: 1 })], b, fileOf);
    expect(moved.suppressed).toHaveLength(1);
    expect(moved.kept).toEqual([]);
    expect(moved.stale).toEqual([]);
    const more = applyBaseline([f({}), f({ line: 12 }), f({ params: { version: 2 } }), f({ file: 'std/B/v1.yaml' })], b, fileOf);
    expect(more.suppressed).toHaveLength(1);
    expect(more.kept).toHaveLength(3);
  });

  it('leaves positions out of the identity (a CRLF first at another line is the same finding)', () => {
    const crlf = (line: number) => f({ ruleId: 'line-ends', messageId: 'findings.lineEnds.crlf', params: { line }, path: [] });
    const b = makeBaseline([crlf(3)], fileOf);
    expect(b.entries[0]).not.toHaveProperty('params');
    expect(applyBaseline([crlf(7)], b, fileOf).suppressed).toHaveLength(1);
  });

  it('reports an entry matched fewer times than it counts as stale, with how many were found', () => {
    const b = makeBaseline([f({}), f({}), f({ path: ['name'] })], fileOf);
    const r = applyBaseline([f({})], b, fileOf);
    expect(r.stale.map((s) => [s.entry.path, s.entry.count, s.found])).toEqual([
      ['/name', 1, 0],
      ['/versions', 2, 1],
    ]);
  });

  it('never suppresses an info, and keeps order', () => {
    const b = { version: 1, entries: [{ file: 'std/A/v1.yaml', rule: 'code-gap', path: '/versions', message: 'findings.versionTable.missing', params: { version: 1 }, count: 1 }] };
    const info = f({ ruleId: 'code-gap', severity: 'info' });
    expect(applyBaseline([info], b, fileOf).kept).toEqual([info]);
  });
});
