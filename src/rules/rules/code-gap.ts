import { msg } from '../../model/i18n.js';
import { elements, type Element } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

/** The last number of a code and the prefix before it: `K07` → [`K`, 7]; `P1.2.3` → [`P1.2.`, 3]. */
function split(code: string): [string, number] | undefined {
  let i = code.length;
  while (i > 0 && code.charCodeAt(i - 1) >= 48 && code.charCodeAt(i - 1) <= 57) i--;
  return i === code.length ? undefined : [code.slice(0, i), Number(code.slice(i))];
}

export const codeGap: FileRule = {
  meta: ruleMeta('code-gap', 'warning', 'Numbering has no gaps: K01, K02, K03 — not K01, K02, K04', 'info'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    const groups = new Map<string, Map<number, Element>>();
    for (const e of elements(standard)) {
      const parts = split(e.code);
      if (!parts) continue;
      const key = `${e.kind}:${parts[0]}`;
      let numbers = groups.get(key);
      if (!numbers) groups.set(key, (numbers = new Map<number, Element>()));
      if (!numbers.has(parts[1])) numbers.set(parts[1], e);
    }
    for (const numbers of groups.values()) {
      const sorted = [...numbers.keys()].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) {
        const [prev, next] = [sorted[i - 1]!, sorted[i]!];
        if (next - prev > 1) {
          const e = numbers.get(next)!;
          const [prefix] = split(e.code)!;
          const width = e.code.length - prefix.length;
          const missing = Array.from({ length: next - prev - 1 }, (_, k) => `${prefix}${String(prev + 1 + k).padStart(width, '0')}`);
          out.push({ path: [...e.path, 'code'], message: msg('findings.codeGap', { code: e.code, prev: numbers.get(prev)!.code, missing }) });
        }
      }
    }
    return out;
  },
};
