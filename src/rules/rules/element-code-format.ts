import { msg } from '../../model/i18n.js';
import { elements, refUses, type ElementKind } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

/**
 * Code formats by kind. The old numbering (FORMAT.md) is a layout of its own, not a malformed
 * code: outputs and indicators numbered per duty (O2.3, P1.1) — in a duty's shared row or in a
 * task's — and K, S, A of one digit (K1, S1).
 */
const FORMATS: Record<ElementKind, RegExp> = {
  duty: /^T[0-9]+$/,
  task: /^T[0-9]+\.[0-9]+$/,
  output: /^O[0-9]+\.[0-9]+(?:\.[0-9]+)?$/,
  indicator: /^P[0-9]+\.[0-9]+(?:\.[0-9]+)?$/,
  knowledge: /^K[0-9]+$/,
  skill: /^S[0-9]+$/,
  attitude: /^A[0-9]+$/,
};
const SHARED: Partial<Record<ElementKind, RegExp>> = { output: /^O[0-9]+\.[0-9]+$/, indicator: /^P[0-9]+\.[0-9]+$/ };
const EXAMPLE: Record<ElementKind, string> = {
  duty: 'T1',
  task: 'T1.1',
  output: 'O1.1.1',
  indicator: 'P1.1.1',
  knowledge: 'K01',
  skill: 'S01',
  attitude: 'A01',
};

export const elementCodeFormat: FileRule = {
  meta: ruleMeta('element-code-format', 'error', 'Duty, task, output, indicator, K, S and A codes have their form (T1, T1.1, O1.1.1, P1.1.1, K01, S01, A01; the old numbering O1.1, P1.1, K1, S1 too)', 'warning'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const e of elements(standard)) {
      const format = e.shared ? SHARED[e.kind]! : FORMATS[e.kind];
      if (!format.test(e.code)) {
        const example = e.shared ? EXAMPLE[e.kind].replace(/\.1$/, '') : EXAMPLE[e.kind];
        out.push({ path: [...e.path, 'code'], message: msg('findings.elementCodeFormat.code', { kind: e.kind, code: e.code, example }) });
      }
    }
    for (const use of refUses(standard)) {
      if (!FORMATS[use.kind].test(use.code)) {
        out.push({ path: use.path, message: msg('findings.elementCodeFormat.ref', { kind: use.kind, code: use.code, example: EXAMPLE[use.kind] }) });
      }
    }
    return out;
  },
};
