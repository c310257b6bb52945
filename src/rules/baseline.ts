/**
 * A baseline: the findings a repository already had when it adopted compstd (as ESLint's bulk
 * suppressions or PHPStan's baseline). Known findings are suppressed — listed and counted as
 * such — new ones still fail, and an entry that no longer matches as often as it says is stale.
 *
 * A finding is known by its rule, its file (relative to the baseline), its path in the document
 * and its message (id and values): not by its line, so it survives lines moving. Each entry
 * counts how many such findings there were. Pure: reading and writing the file is load/baseline.ts.
 */
import type { Finding } from '../model/finding.js';
import type { Params } from '../model/i18n.js';
import type { Baseline, BaselineEntry } from '../load/baseline.js';

export type { Baseline, BaselineEntry };

/** Params named like these are positions in the text: left out of a finding's identity. */
const POSITIONS = new Set(['line', 'column', 'endLine', 'endColumn']);

function pointer(path: Finding['path']): string {
  return (path ?? []).map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function stableParams(params: Params | undefined): Params | undefined {
  if (params === undefined) return undefined;
  const keys = Object.keys(params).filter((k) => !POSITIONS.has(k) && params[k] !== undefined).sort();
  return keys.length === 0 ? undefined : Object.fromEntries(keys.map((k) => [k, params[k]]));
}

/** A finding's identity in a baseline, `file` as the baseline names it. */
export function entryOf(f: Finding, file: string): Omit<BaselineEntry, 'count'> {
  const params = stableParams(f.params);
  return { file, rule: f.ruleId, path: pointer(f.path), message: f.messageId ?? f.message, ...(params ? { params } : {}) };
}

function keyOf(e: Omit<BaselineEntry, 'count'>): string {
  return JSON.stringify([e.file, e.rule, e.path, e.message, e.params ?? null]);
}

/** Findings a baseline records: errors and warnings (infos never fail a run). */
export function recordable(f: Finding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

/** The baseline of these findings: one entry per identity, with its count, in a stable order. */
export function makeBaseline(findings: readonly Finding[], fileOf: (f: Finding) => string): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (!recordable(f)) continue;
    const e = entryOf(f, fileOf(f));
    const k = keyOf(e);
    const have = entries.get(k);
    if (have) have.count++;
    else entries.set(k, { ...e, count: 1 });
  }
  const sorted = [...entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, e]) => e);
  return { version: 1, entries: sorted };
}

export interface BaselineOutcome {
  /** Findings the baseline does not know: reported as usual. */
  kept: Finding[];
  /** Findings the baseline knows. */
  suppressed: Finding[];
  /** Entries matched fewer times than they count: the finding was fixed (the entry can go). */
  stale: Array<{ index: number; entry: BaselineEntry; found: number }>;
}

/** Splits findings into known (suppressed) and new, and finds the stale entries. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, fileOf: (f: Finding) => string): BaselineOutcome {
  const left = new Map<string, { index: number; remaining: number }>();
  baseline.entries.forEach((e, index) => {
    const k = keyOf(e);
    const have = left.get(k);
    if (have) have.remaining += e.count;
    else left.set(k, { index, remaining: e.count });
  });
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const slot = recordable(f) ? left.get(keyOf(entryOf(f, fileOf(f)))) : undefined;
    if (slot && slot.remaining > 0) {
      slot.remaining--;
      suppressed.push(f);
    } else kept.push(f);
  }
  const stale: BaselineOutcome['stale'] = [];
  for (const { index, remaining } of left.values()) {
    if (remaining > 0) {
      const entry = baseline.entries[index]!;
      const total = baseline.entries.filter((e) => keyOf(e) === keyOf(entry)).reduce((n, e) => n + e.count, 0);
      stale.push({ index, entry, found: total - remaining });
    }
  }
  stale.sort((a, b) => a.index - b.index);
  return { kept, suppressed, stale };
}
