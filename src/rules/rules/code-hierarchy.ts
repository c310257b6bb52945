import { msg } from '../../model/i18n.js';
import { elements } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

/** `T1.2` → `T1`; `O1.2.3` → `T1.2`; `P1.2` (shared row) → `T1`. */
function expectedParent(code: string, depth: number): string | undefined {
  const m = /^[A-Z]([0-9]+(?:\.[0-9]+)*)$/.exec(code);
  if (!m) return undefined;
  const parts = m[1]!.split('.');
  return parts.length > depth ? `T${parts.slice(0, depth).join('.')}` : undefined;
}

export const codeHierarchy: FileRule = {
  meta: ruleMeta('code-hierarchy', 'warning', 'Codes agree with where they stand: T1.1 under T1, O1.1.x and P1.1.x under T1.1', 'warning'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const e of elements(standard)) {
      let owner: string | undefined;
      let depth = 0;
      if (e.kind === 'task') [owner, depth] = [e.duty, 1];
      else if ((e.kind === 'output' || e.kind === 'indicator') && e.shared) [owner, depth] = [e.duty, 1];
      // Old numbering: a task's output or indicator numbered per duty (P1.1) belongs to its duty.
      else if ((e.kind === 'output' || e.kind === 'indicator') && e.code.split('.').length === 2) [owner, depth] = [e.duty, 1];
      else if (e.kind === 'output' || e.kind === 'indicator') [owner, depth] = [e.task, 2];
      if (owner === undefined) continue;
      const parent = expectedParent(e.code, depth);
      if (parent !== undefined && parent !== owner) {
        out.push({ path: [...e.path, 'code'], message: msg('findings.codeHierarchy', { kind: e.kind, code: e.code, owner, parent }) });
      }
    }
    return out;
  },
};
