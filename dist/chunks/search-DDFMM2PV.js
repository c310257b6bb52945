import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  fold,
  foldKey,
  originalSpan
} from "./chunk-T5IFUHR5.js";
import {
  TEXT_KINDS,
  searchTexts
} from "./chunk-FNG56N3M.js";
import {
  entryCode
} from "./chunk-KOCELE5S.js";
import "./chunk-XYDU2MH7.js";

// src/query/search.ts
var SEP = "\uE000", KIND_BASE = 65;
function docOf(standard, base, name, texts) {
  return {
    standard,
    base,
    name,
    kinds: texts.map((t) => String.fromCharCode(KIND_BASE + TEXT_KINDS.indexOf(t.kind))).join(""),
    codes: texts.map((t) => (t.code ?? "").replaceAll(SEP, "")).join(SEP),
    texts: texts.map((t) => t.text.replaceAll(SEP, "")).join(SEP)
  };
}
function searchDocs(entries, allVersions) {
  let newest = /* @__PURE__ */ new Map();
  for (let e of entries) newest.set(e.base, Math.max(newest.get(e.base) ?? 0, e.version));
  return entries.filter((e) => allVersions || e.version === newest.get(e.base)).map(
    (e) => e.kind === "published" ? docOf(entryCode(e), e.base, e.standard.name, searchTexts(e.standard)) : docOf(entryCode(e), e.base, e.row.name, [{ kind: "name", code: void 0, text: e.row.name }])
  );
}
function probeOf(needle) {
  return [...needle].find((c) => new RegExp("\\p{Script=Han}", "u").test(c) && !(c >= "\uF900" && c <= "\uFAFF"));
}
function searchIn(docs, query, o = {}) {
  let kinds = o.kinds && o.kinds.length > 0 ? new Set(o.kinds.map((k) => TEXT_KINDS.indexOf(k))) : void 0, category = o.category?.trim().toUpperCase(), pattern = o.pattern, needle = foldKey(query), probe = probeOf(needle), hits = [];
  for (let d of docs) {
    if (category !== void 0 && !d.base.startsWith(category) || !pattern && probe !== void 0 && !d.texts.includes(probe) || !pattern && needle === "") continue;
    let texts = d.texts.split(SEP), codes;
    for (let i = 0; i < texts.length; i++) {
      let kind = d.kinds.charCodeAt(i) - KIND_BASE;
      if (kinds && !kinds.has(kind)) continue;
      let text = texts[i], matches = [];
      if (pattern)
        for (let m of pattern(text)) matches.push(m);
      else {
        if (probe !== void 0 && !text.includes(probe) || !foldKey(text).includes(needle)) continue;
        let f = fold(text);
        for (let at = f.text.indexOf(needle); at >= 0; at = f.text.indexOf(needle, at + needle.length))
          matches.push(originalSpan(text, f, at, at + needle.length));
      }
      matches.length !== 0 && (codes ??= d.codes.split(SEP), hits.push({ standard: d.standard, name: d.name, kind: TEXT_KINDS[kind], code: codes[i] || void 0, text, match: matches[0], matches }));
    }
  }
  return hits;
}
export {
  SEP,
  searchDocs,
  searchIn
};
