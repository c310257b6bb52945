import { elements } from '../walk.js';
import { docsPath, type FileRule, type Report } from '../types.js';

/** `T1.2` → `T1`; `O1.2.3` → `T1.2`; `P1.2` (shared row) → `T1`. */
function expectedParent(code: string, depth: number): string | undefined {
  const m = /^[A-Z]([0-9]+(?:\.[0-9]+)*)$/.exec(code);
  if (!m) return undefined;
  const parts = m[1]!.split('.');
  return parts.length > depth ? `T${parts.slice(0, depth).join('.')}` : undefined;
}

export const codeHierarchy: FileRule = {
  meta: {
    id: 'code-hierarchy',
    severity: 'warning',
    description: 'Codes agree with where they stand: T1.1 under T1, O1.1.x and P1.1.x under T1.1',
    docs: docsPath('code-hierarchy'),
  },
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    for (const e of elements(standard)) {
      let owner: string | undefined;
      let depth = 0;
      if (e.kind === 'task') [owner, depth] = [e.duty, 1];
      else if ((e.kind === 'output' || e.kind === 'indicator') && e.shared) [owner, depth] = [e.duty, 1];
      else if (e.kind === 'output' || e.kind === 'indicator') [owner, depth] = [e.task, 2];
      if (owner === undefined) continue;
      const parent = expectedParent(e.code, depth);
      if (parent !== undefined && parent !== owner) {
        out.push({ path: [...e.path, 'code'], message: `${e.kind} ${e.code} stands under ${owner}, but its code says ${parent}` });
      }
    }
    return out;
  },
};
