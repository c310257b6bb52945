import { msg } from '../../model/i18n.js';
import { elements, type Element, type ElementKind } from '../walk.js';
import { ruleMeta, type FileRule, type Report } from '../types.js';

/** The last number of a code and the prefix before it: `K07` → [`K`, 7]; `P1.2.3` → [`P1.2.`, 3]. */
function split(code: string): [string, number] | undefined {
  const i = digitsFrom(code);
  return i === code.length ? undefined : [code.slice(0, i), Number(code.slice(i))];
}

/** Where the code's last run of digits begins (its length when it ends in no digit). */
function digitsFrom(code: string): number {
  let i = code.length;
  while (i > 0 && code.charCodeAt(i - 1) >= 48 && code.charCodeAt(i - 1) <= 57) i--;
  return i;
}

/** The number of code[i..], as Number() reads it. */
function numberFrom(code: string, i: number): number {
  if (code.length - i > 15) return Number(code.slice(i)); // past exact integers: as Number() rounds
  let n = 0;
  for (let k = i; k < code.length; k++) n = n * 10 + (code.charCodeAt(k) - 48);
  return n;
}

/**
 * The numbers of one kind and prefix, first element of each number kept. Numbering usually runs
 * 1, 2, 3 in file order: while it does, the elements are a list from `first` on (no gap there);
 * the first number out of that run turns the group into a map, sorted at the end.
 */
interface Group {
  kind: ElementKind;
  prefix: string;
  first: number;
  run: Element[];
  numbers: Map<number, Element> | undefined;
}

/** Numbers up to this add up exactly with a run's length. */
const EXACT = 2 ** 52;

function add(g: Group, n: number, e: Element): void {
  if (!g.numbers) {
    if (n <= EXACT && n === g.first + g.run.length) return void g.run.push(e);
    if (n <= EXACT && n >= g.first && n < g.first + g.run.length) return; // a number seen: the first kept
    g.numbers = new Map(g.run.map((x, k) => [g.first + k, x]));
  }
  if (!g.numbers.has(n)) g.numbers.set(n, e);
}

function group(kind: ElementKind, prefix: string, n: number, e: Element): Group {
  return n <= EXACT ? { kind, prefix, first: n, run: [e], numbers: undefined } : { kind, prefix, first: 0, run: [], numbers: new Map([[n, e]]) };
}

export const codeGap: FileRule = {
  meta: ruleMeta('code-gap', 'warning', 'Numbering has no gaps: K01, K02, K03 — not K01, K02, K04', 'info'),
  scope: 'file',
  check({ standard }) {
    const out: Report[] = [];
    const groups = new Map<string, Group>();
    let last: Group | undefined;
    for (const e of elements(standard)) {
      const code = e.code;
      const i = digitsFrom(code);
      if (i === code.length) continue;
      const n = numberFrom(code, i);
      // Elements of one group mostly come one after another: no key to build for them.
      if (last && last.kind === e.kind && last.prefix.length === i && code.startsWith(last.prefix)) {
        add(last, n, e);
        continue;
      }
      const prefix = code.slice(0, i);
      const key = `${e.kind}:${prefix}`;
      const g = groups.get(key);
      if (g) add(g, n, e);
      else groups.set(key, group(e.kind, prefix, n, e));
      last = g ?? groups.get(key);
    }
    for (const { numbers } of groups.values()) {
      if (!numbers) continue; // one run from its first number: no gap
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
