import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  foldKey
} from "./chunk-H3255PXU.js";

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
function tokensOf(key) {
  let chars = [...key];
  if (chars.length === 1) return [chars[0]];
  let out = [], seen = /* @__PURE__ */ new Map();
  for (let i = 0; i + 1 < chars.length; i++) {
    let g = chars[i] + chars[i + 1], n = seen.get(g) ?? 0;
    seen.set(g, n + 1), out.push(n === 0 ? g : `${g}${n}`);
  }
  return out;
}
function closePairs(keys, sides, threshold, stats) {
  let out = [], consider = (x, y) => {
    if (sides[x] === sides[y]) return;
    stats && stats.scored++;
    let score = similarity(keys[x], keys[y]);
    score >= threshold && out.push({ x, y, score });
  };
  if (threshold <= 0) {
    for (let x = 0; x < keys.length; x++) for (let y = x + 1; y < keys.length; y++) consider(x, y);
    return out;
  }
  let tokens = keys.map(tokensOf), frequency = /* @__PURE__ */ new Map();
  for (let ts of tokens) for (let tk of ts) frequency.set(tk, (frequency.get(tk) ?? 0) + 1);
  let rarestFirst = (a, b) => frequency.get(a) - frequency.get(b) || (a < b ? -1 : a > b ? 1 : 0), index = /* @__PURE__ */ new Map(), byKey = /* @__PURE__ */ new Map();
  for (let y = 0; y < keys.length; y++) {
    let seen = /* @__PURE__ */ new Set(), same = byKey.get(keys[y]);
    for (let x of same ?? [])
      seen.add(x), consider(x, y);
    same ? same.push(y) : byKey.set(keys[y], [y]);
    let ts = tokens[y].sort(rarestFirst), need = Math.ceil(threshold * ts.length / (2 - threshold) - 1e-9), prefix = ts.length - Math.max(1, need) + 1;
    for (let k = 0; k < prefix && k < ts.length; k++) {
      let list = index.get(ts[k]);
      for (let x of list ?? [])
        seen.has(x) || (seen.add(x), consider(x, y));
      list ? list.push(y) : index.set(ts[k], [y]);
    }
  }
  return out;
}
function compare(entries, threshold = 0.6, stats) {
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
    let rest = all.filter((i) => !matched.has(i)), pairs = closePairs(rest.map((i) => key.get(i)), rest.map((i) => i.standard), threshold, stats);
    pairs.sort((p, q) => q.score - p.score || rest[p.x].code.localeCompare(rest[q.x].code) || p.x - q.x || p.y - q.y);
    let side = new Map(standards.map((s, n) => [s, n])), close = 0;
    for (let p of pairs) {
      let a = rest[p.x], b = rest[p.y];
      if (matched.has(a) || matched.has(b)) continue;
      matched.add(a), matched.add(b);
      let [first, second] = side.get(a.standard) <= side.get(b.standard) ? [a, b] : [b, a];
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
