import { msg } from '../../model/i18n.js';
import { elements } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

/**
 * Where the parent's numbers end in a code of the form `^[A-Z][0-9]+(\.[0-9]+)*$` with more than
 * `depth` numbers: the parent is `T` + code[1..end] (`T1.2` → `T1`; `O1.2.3` → `T1.2`; `P1.2`, a
 * shared row's → `T1`). Undefined for another form or too few numbers. A scan, not a regular
 * expression and a split: it runs for every element of every file.
 */
function parentEnd(code: string, depth: number): number | undefined {
  const first = code.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || code.length < 2) return undefined;
  let dots = 0;
  let end = -1;
  let digit = false;
  for (let k = 1; k < code.length; k++) {
    const c = code.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 46 && digit) {
      if (++dots === depth) end = k;
      digit = false;
    } else return undefined;
  }
  return digit && end >= 0 ? end : undefined;
}

/** Whether `owner` is `T` + code[1..end]. */
function isParent(owner: string, code: string, end: number): boolean {
  if (owner.length !== end || owner.charCodeAt(0) !== 84) return false;
  for (let k = 1; k < end; k++) if (owner.charCodeAt(k) !== code.charCodeAt(k)) return false;
  return true;
}

/** Whether the code has exactly one dot (`P1.1`: numbered per duty). */
function twoNumbers(code: string): boolean {
  const dot = code.indexOf('.');
  return dot >= 0 && code.indexOf('.', dot + 1) < 0;
}

export const codeHierarchy: FileRule = {
  meta: ruleMeta('code-hierarchy', 'warning', 'Codes agree with where they stand: T1.1 under T1, O1.1.x and P1.1.x under T1.1', 'warning'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const e of elements(standard)) {
      let owner: string | undefined;
      let depth = 1;
      if (e.kind === 'task') owner = e.duty;
      else if (e.kind === 'output' || e.kind === 'indicator') {
        // A shared row's, or in the old numbering a task's numbered per duty (P1.1): its duty's.
        if (e.shared || twoNumbers(e.code)) owner = e.duty;
        else {
          owner = e.task;
          depth = 2;
        }
      }
      if (owner === undefined) continue;
      const end = parentEnd(e.code, depth);
      if (end !== undefined && !isParent(owner, e.code, end)) {
        const parent = `T${e.code.slice(1, end)}`;
        out.push({ path: [...e.path, 'code'], message: msg('findings.codeHierarchy', { kind: e.kind, code: e.code, owner, parent }) });
      }
    }
    return out;
  },
};
