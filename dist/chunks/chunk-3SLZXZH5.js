import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  fold,
  foldKey,
  originalSpan
} from "./chunk-H3255PXU.js";
import {
  entryCode
} from "./chunk-5BHPBIFA.js";
import {
  TEXT_KINDS,
  searchTexts
} from "./chunk-FNG56N3M.js";
import {
  baseOf
} from "./chunk-7ZUBZPJB.js";

// src/query/search.ts
var DOC_FIELDS = ["standard", "base", "name", "kinds", "codes", "texts", "folded"];
function packDoc(d) {
  return `${DOC_FIELDS.map((f) => d[f].length).join(",")}
${DOC_FIELDS.map((f) => d[f]).join("")}`;
}
function unpackDocs(text) {
  let docs = [], at = 0, bad = () => new Error("packed documents: cut short or not documents");
  for (; at < text.length; ) {
    let eol = text.indexOf(`
`, at);
    if (eol < 0) throw bad();
    let lengths = text.slice(at, eol).split(",").map(Number);
    if (lengths.length !== DOC_FIELDS.length || lengths.some((n) => !Number.isInteger(n) || n < 0)) throw bad();
    at = eol + 1;
    let next = (n) => text.slice(at, at += n), [standard, base, name, kinds, codes, texts, folded] = lengths.map(next);
    if (at > text.length) throw bad();
    docs.push({ standard, base, name, kinds, codes, texts, folded });
  }
  return docs;
}
var SEP = "\uE000", KIND_BASE = 65;
function docOf(standard, base, name, texts) {
  let originals = texts.map((t) => t.text.replaceAll(SEP, "")), joined = originals.join(SEP), folded = foldKey(joined), folds = folded.split(SEP);
  return {
    standard,
    base,
    name,
    kinds: texts.map((t) => String.fromCharCode(KIND_BASE + TEXT_KINDS.indexOf(t.kind))).join(""),
    codes: texts.map((t) => (t.code ?? "").replaceAll(SEP, "")).join(SEP),
    texts: originals.map((t, i) => t === folds[i] ? "" : t).join(SEP),
    folded
  };
}
function docTexts(d) {
  let folds = d.folded.split(SEP);
  return d.texts.split(SEP).map((t, i) => t === "" ? folds[i] ?? "" : t);
}
function standardDoc(s) {
  let base = baseOf(s.code);
  return docOf(`${base}v${s.version}`, base, s.name, searchTexts(s));
}
function searchDocs(entries, allVersions) {
  return selectDocs(entries, allVersions, (e) => standardDoc(e.standard));
}
function selectDocs(entries, allVersions, publishedDoc) {
  let newest = /* @__PURE__ */ new Map();
  for (let e of entries) newest.set(e.base, Math.max(newest.get(e.base) ?? 0, e.version));
  return entries.filter((e) => allVersions || e.version === newest.get(e.base)).map((e) => e.kind === "published" ? publishedDoc(e) : docOf(entryCode(e), e.base, e.row.name, [{ kind: "name", code: void 0, text: e.row.name }]));
}
function* textsAt(joined, indexes) {
  let k = 0, at = 0;
  for (let index of indexes) {
    for (; k < index && at >= 0; k++) at = joined.indexOf(SEP, at) + 1 || -1;
    if (at < 0) return;
    let end = joined.indexOf(SEP, at);
    yield [index, joined.slice(at, end < 0 ? joined.length : end)];
  }
}
function textsHolding(folded, needle) {
  let found = [], index = 0, scanned = 0;
  for (let at = folded.indexOf(needle); at >= 0; ) {
    for (let sep = folded.indexOf(SEP, scanned); sep >= 0 && sep < at; sep = folded.indexOf(SEP, sep + 1))
      index++, scanned = sep + 1;
    let next = folded.indexOf(SEP, at + needle.length), end = next < 0 ? folded.length : next;
    if (found.push({ index, start: scanned, end }), next < 0) break;
    scanned = next + 1, index++, at = folded.indexOf(needle, scanned);
  }
  return found;
}
function searchIn(docs, query, o = {}) {
  let kinds = o.kinds && o.kinds.length > 0 ? new Set(o.kinds.map((k) => TEXT_KINDS.indexOf(k))) : void 0, category = o.category?.trim().toUpperCase(), pattern = o.pattern, needle = foldKey(query).replaceAll(SEP, ""), hits = [];
  for (let d of docs) {
    if (category !== void 0 && !d.base.startsWith(category)) continue;
    let wanted = (i) => !kinds || kinds.has(d.kinds.charCodeAt(i) - KIND_BASE), hit = (i, text, code, matches) => {
      matches.length !== 0 && hits.push({ standard: d.standard, name: d.name, kind: TEXT_KINDS[d.kinds.charCodeAt(i) - KIND_BASE], code: code || void 0, text, match: matches[0], matches });
    };
    if (pattern) {
      let codes2 = d.codes.split(SEP);
      docTexts(d).forEach((text, i) => {
        wanted(i) && hit(i, text, codes2[i] ?? "", [...pattern(text)]);
      });
      continue;
    }
    if (needle === "") continue;
    let holding = textsHolding(d.folded, needle).filter((h) => wanted(h.index));
    if (holding.length === 0) continue;
    let which = holding.map((h) => h.index), codes = textsAt(d.codes, which), n = 0;
    for (let [i, kept] of textsAt(d.texts, which)) {
      let { start, end } = holding[n++], matches = [], text = kept;
      if (kept === "") {
        text = d.folded.slice(start, end);
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) matches.push([at, at + needle.length]);
      } else {
        let f = fold(text);
        for (let at = f.text.indexOf(needle); at >= 0; at = f.text.indexOf(needle, at + needle.length))
          matches.push(originalSpan(text, f, at, at + needle.length));
      }
      let code = codes.next();
      hit(i, text, code.done === !0 ? "" : code.value[1], matches);
    }
  }
  return hits;
}

export {
  packDoc,
  unpackDocs,
  SEP,
  docTexts,
  standardDoc,
  searchDocs,
  selectDocs,
  searchIn
};
