/**
 * Character-level inline diff of two Chinese texts (jsdiff's diffChars works on code points, so
 * 𠀋 is one character), cleaned up for reading: a lone equal character between two edits is
 * folded into them, and texts with little in common are shown as a whole replacement.
 */
import { diffChars } from 'diff';

export interface Segment {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Below this share of characters kept, the texts are shown as old → new, not interleaved. */
const MIN_KEPT = 0.4;

function push(out: Segment[], op: Segment['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Reorders a run of edits as one deletion then one insertion: 「[-ab-]{+cd+}」, never interleaved. */
function normalize(segs: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'del', del);
    push(out, 'ins', ins);
    del = ins = '';
  };
  for (const s of segs) {
    if (s.op === 'del') del += s.text;
    else if (s.op === 'ins') ins += s.text;
    else {
      flush();
      push(out, 'same', s.text);
    }
  }
  flush();
  return out;
}

export function inlineDiff(before: string, after: string): Segment[] {
  const raw: Segment[] = diffChars(before, after).map((p) => ({ op: p.added ? 'ins' : p.removed ? 'del' : 'same', text: p.value }));
  let segs = normalize(raw);
  // A single kept character between edits reads as noise: fold it into the edits.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 1; k < segs.length - 1; k++) {
      const s = segs[k]!;
      if (s.op === 'same' && [...s.text].length === 1 && segs[k - 1]!.op !== 'same' && segs[k + 1]!.op !== 'same') {
        segs = normalize([...segs.slice(0, k), { op: 'del', text: s.text }, { op: 'ins', text: s.text }, ...segs.slice(k + 1)]);
        changed = true;
        break;
      }
    }
  }
  const kept = segs.filter((s) => s.op === 'same').reduce((n, s) => n + [...s.text].length, 0);
  const longest = Math.max([...before].length, [...after].length);
  if (longest > 0 && kept / longest < MIN_KEPT) return normalize([{ op: 'del', text: before }, { op: 'ins', text: after }]);
  return segs;
}
