import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  foldKey
} from "./chunk-T5IFUHR5.js";

// src/query/compare.ts
var COMPARE_KINDS = ["knowledge", "skill", "attitude"];
function itemsOf(e, label, kind) {
  let s = e.standard;
  return (kind === "knowledge" ? s.knowledge : kind === "skill" ? s.skills : s.attitudes).map((x) => ({ standard: label, code: x.code, name: x.name }));
}
function sideLabels(entries) {
  let codes = entries.map((e) => e.standard.code), count = /* @__PURE__ */ new Map();
  for (let c of codes) count.set(c, (count.get(c) ?? 0) + 1);
  let labels = entries.map((e, i) => count.get(codes[i]) > 1 ? `${codes[i]} (${e.file})` : codes[i]), total = /* @__PURE__ */ new Map();
  for (let l of labels) total.set(l, (total.get(l) ?? 0) + 1);
  let seen = /* @__PURE__ */ new Map();
  return labels.map((l) => {
    let n = (seen.get(l) ?? 0) + 1;
    return seen.set(l, n), total.get(l) > 1 ? `${l} #${n}` : l;
  });
}
function bigrams(text) {
  let chars = [...text], out = /* @__PURE__ */ new Map();
  if (chars.length < 2)
    return chars.length === 1 && out.set(chars[0], 1), out;
  for (let i = 0; i + 1 < chars.length; i++) {
    let g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}
function similarity(a, b) {
  if (a === b) return 1;
  let x = bigrams(a), y = bigrams(b), both = 0, total = 0;
  for (let [g, n] of x)
    both += Math.min(n, y.get(g) ?? 0), total += n;
  for (let n of y.values()) total += n;
  return total === 0 ? 0 : 2 * both / total;
}
function compare(entries, threshold = 0.6) {
  let standards = sideLabels(entries), matches = [], only = [], summary = [];
  for (let kind of COMPARE_KINDS) {
    let all = entries.flatMap((e, i) => itemsOf(e, standards[i], kind)), key = new Map(all.map((i) => [i, foldKey(i.name)])), matched = /* @__PURE__ */ new Set(), groups = /* @__PURE__ */ new Map();
    for (let i of all) {
      let g = groups.get(key.get(i));
      g ? g.push(i) : groups.set(key.get(i), [i]);
    }
    let exact = 0;
    for (let group of groups.values()) {
      let first = /* @__PURE__ */ new Map();
      for (let i of group) first.has(i.standard) || first.set(i.standard, i);
      let firstPerStandard = standards.flatMap((s) => first.has(s) ? [first.get(s)] : []);
      firstPerStandard.length < 2 || (matches.push({ kind, score: 1, items: firstPerStandard }), firstPerStandard.forEach((i) => matched.add(i)), exact++);
    }
    let pairs = [], rest = all.filter((i) => !matched.has(i));
    for (let x = 0; x < rest.length; x++)
      for (let y = x + 1; y < rest.length; y++) {
        let a = rest[x], b = rest[y];
        if (a.standard === b.standard) continue;
        let score = similarity(key.get(a), key.get(b));
        score >= threshold && pairs.push({ a, b, score });
      }
    pairs.sort((p, q) => q.score - p.score || p.a.code.localeCompare(q.a.code));
    let close = 0;
    for (let p of pairs) {
      if (matched.has(p.a) || matched.has(p.b)) continue;
      matched.add(p.a), matched.add(p.b);
      let [first, second] = standards.indexOf(p.a.standard) <= standards.indexOf(p.b.standard) ? [p.a, p.b] : [p.b, p.a];
      matches.push({ kind, score: Math.round(p.score * 1e3) / 1e3, items: [first, second] }), close++;
    }
    for (let i of all) matched.has(i) || only.push({ kind, item: i });
    let counts = Object.fromEntries(standards.map((s) => [s, 0]));
    for (let i of all) counts[i.standard]++;
    summary.push({
      kind,
      counts,
      exact,
      close,
      overlap: all.length === 0 ? 0 : Math.round(matched.size / all.length * 1e3) / 1e3
    });
  }
  return { standards, threshold, matches, only, summary };
}

export {
  COMPARE_KINDS,
  sideLabels,
  similarity,
  compare
};
