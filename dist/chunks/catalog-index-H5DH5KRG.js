import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  listRows
} from "./chunk-33W6PO6X.js";
import {
  assembleView
} from "./chunk-5CVHJRET.js";
import {
  builtWorkerScript,
  displayPath
} from "./chunk-655AMDMP.js";
import {
  INDEX_CODECS,
  INDEX_PARTS,
  catalogIndex,
  discardIndex,
  partsOf,
  readIndexedFile
} from "./chunk-BSUAORTV.js";
import {
  packDoc,
  selectDocs,
  unpackDocs
} from "./chunk-3SLZXZH5.js";
import "./chunk-H3255PXU.js";
import "./chunk-C42NAGJO.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-FNG56N3M.js";
import "./chunk-KVAWWGG5.js";
import "./chunk-QKV6D4AO.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-XIKJDTQ2.js";
import {
  CompstdError
} from "./chunk-NTGAD4TH.js";
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG,
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/query/catalog-index.ts
import { relative, sep } from "node:path";
var THREADED_FROM = 200, BATCH = 25;
async function readForIndex(paths, o, each) {
  let { defaultJobs, eachInWorkers } = await import("./worker-pool-5ZBLIMAT.js"), jobs = o.jobs ?? defaultJobs(), script = o.script ?? builtWorkerScript("index-worker");
  if (script === void 0 || jobs < 2 || paths.length < (o.threadedFrom ?? THREADED_FROM)) {
    for (let k = 0; k < paths.length; k++) each(k, await readIndexedFile(paths[k], partsOf, INDEX_CODECS));
    return;
  }
  await eachInWorkers(script, paths, { jobs, batch: BATCH, youngGenerationMb: 8 }, each);
}
function relocateFinding(f, to) {
  let out = { ...f, file: to(f.file) };
  return f.messageId !== void 0 && typeof f.params?.file == "string" && (out.params = { ...f.params, file: to(f.params.file) }, out.message = t(DEFAULT_LANG, msg(f.messageId, out.params))), out;
}
async function indexedView(o, name, make, decode, relocate, usesDocs = !1) {
  try {
    return await viewOnce(o, name, make, decode, relocate, usesDocs);
  } catch (e) {
    if (o.cache === void 0 || e instanceof CompstdError) throw e;
    return discardIndex(o.root, o.cache), viewOnce(o, name, make, decode, relocate, usesDocs);
  }
}
async function viewOnce(o, name, make, decode, relocate, usesDocs) {
  let index = await catalogIndex({ root: o.root, cache: o.cache, names: INDEX_PARTS, codecs: INDEX_CODECS, read: (paths, each) => readForIndex(paths, o, each) });
  try {
    let text = index.view(name, () => {
      let heads = index.part("head"), files = index.paths.map((p, i) => ({ file: p, standard: heads[i], findings: index.failed[i] ?? [] })), view = assembleView(files, (file) => relative(o.root, file)), at = new Map(index.paths.map((p, i) => [p, i])), docTexts = (wanted) => {
        let texts = index.partText("doc", wanted.map((f) => at.get(f)));
        return new Map(wanted.map((f, n) => [f, texts[n]]));
      };
      return `${JSON.stringify(view.skipped)}
${make(view.entries, docTexts)}`;
    }, (old, changed) => patchView(index, old, changed, usesDocs)), eol = text.indexOf(`
`), skipped = JSON.parse(text.slice(0, eol)), prefix = o.cwd.endsWith(sep) ? o.cwd : `${o.cwd}${sep}`, shown = (p) => p.startsWith(prefix) && !p.includes(`${sep}..`) ? p.slice(prefix.length) : displayPath(p, o.cwd);
    return {
      value: relocate(decode(text.slice(eol + 1)), shown),
      skipped: skipped.map((s) => ({ file: shown(s.file), findings: s.findings.map((f) => relocateFinding(f, shown)) })),
      how: index.how,
      read: index.read
    };
  } finally {
    index.close();
  }
}
function patchView(index, old, changed, usesDocs) {
  let before = index.previousText("head", changed), after = index.partText("head", changed);
  if (changed.some((_, n) => before[n] === "" || before[n] !== after[n])) return;
  if (!usesDocs) return [];
  let docsBefore = index.previousText("doc", changed), docsAfter = index.partText("doc", changed), out = [];
  return changed.forEach((_, n) => {
    docsBefore[n] !== docsAfter[n] && old.includes(docsBefore[n]) && out.push([docsBefore[n], docsAfter[n]]);
  }), out;
}
function indexedRows(o, allVersions = !0) {
  return indexedView(
    o,
    allVersions ? "list-all" : "list-newest",
    (entries) => JSON.stringify(listRows(entries, { allVersions })),
    (text) => JSON.parse(text),
    (rows, to) => {
      for (let r of rows) r.file = to(r.file);
      return rows;
    }
  );
}
function indexedDocs(o, allVersions) {
  return indexedView(
    o,
    allVersions ? "search-all" : "search-newest",
    (entries, docTexts) => {
      let chosen = selectDocs(entries, allVersions, (e) => e.file), texts = docTexts(chosen.filter((x) => typeof x == "string"));
      return chosen.map((x) => typeof x == "string" ? texts.get(x) : packDoc(x)).join("");
    },
    unpackDocs,
    (docs) => docs,
    !0
  );
}
export {
  indexedDocs,
  indexedRows,
  readForIndex
};
