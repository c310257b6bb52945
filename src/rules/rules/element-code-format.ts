import { elements, refUses, type ElementKind } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

/** Code formats by kind; outputs and indicators of a shared row (old numbering) are per duty. */
const FORMATS: Record<ElementKind, RegExp> = {
  duty: /^T[0-9]+$/,
  task: /^T[0-9]+\.[0-9]+$/,
  output: /^O[0-9]+\.[0-9]+\.[0-9]+$/,
  indicator: /^P[0-9]+\.[0-9]+\.[0-9]+$/,
  knowledge: /^K[0-9]{2,}$/,
  skill: /^S[0-9]{2,}$/,
  attitude: /^A[0-9]{2,}$/,
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
  meta: {
    id: 'element-code-format',
    severity: 'error',
    description: 'Duty, task, output, indicator, K, S and A codes have their form (T1, T1.1, O1.1.1, P1.1.1, K01, S01, A01)',
    docs: docsPath('element-code-format'),
  },
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const e of elements(standard)) {
      const format = e.shared ? SHARED[e.kind]! : FORMATS[e.kind];
      if (!format.test(e.code)) {
        const example = e.shared ? EXAMPLE[e.kind].replace(/\.1$/, '') : EXAMPLE[e.kind];
        out.push({ path: [...e.path, 'code'], message: `${e.kind} code "${e.code}" is not of the form ${example}` });
      }
    }
    for (const use of refUses(standard)) {
      if (!FORMATS[use.kind].test(use.code)) {
        out.push({ path: use.path, message: `${use.kind} reference "${use.code}" is not of the form ${EXAMPLE[use.kind]}` });
      }
    }
    return out;
  },
};
