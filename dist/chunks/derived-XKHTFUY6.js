import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  displayPath
} from "./chunk-3XL5FPGD.js";
import {
  t
} from "./chunk-3UH4GFT2.js";
import {
  DEFAULT_LANG,
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/derived.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
function relocateFinding(f, to) {
  let out = { ...f, file: to(f.file) };
  return f.messageId !== void 0 && typeof f.params?.file == "string" && (out.params = { ...f.params, file: to(f.params.file) }, out.message = t(DEFAULT_LANG, msg(f.messageId, out.params))), out;
}
function relocateSkipped(skipped, to) {
  return skipped.map((s) => ({ file: to(s.file), findings: s.findings.map((f) => relocateFinding(f, to)) }));
}
function stampOf(path, st) {
  return `${path}	${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}
var RACY_MS = 2e3;
function manifestOf(tree) {
  return [...tree.dirs, ...tree.files];
}
function keyOf(salt, name, manifest) {
  let h = createHash("sha1").update(`${salt}
${name}
${manifest.length}
`);
  for (let m of manifest) h.update(`${m}
`);
  return h.digest("hex");
}
async function derivedFromCatalog(catalog, cache, name, derive, relocate = (value) => value) {
  let cwd = catalog.cwd, stored = (p) => resolve(cwd, p), shown = (p) => displayPath(p, cwd), path = cache ? join(cache.dir, `${createHash("sha1").update(`${catalog.root}
${name}`).digest("hex")}.json`) : void 0, tree;
  if (path && cache)
    try {
      let text = readFileSync(path, "utf16le"), eol1 = text.indexOf(`
`), eol2 = text.indexOf(`
`, eol1 + 1);
      if (eol1 > 0 && eol2 > eol1) {
        let key2 = text.slice(0, eol1), { t: written, paths } = JSON.parse(text.slice(eol1 + 1, eol2)), stamps = [], racy = !1;
        for (let p of paths) {
          let st = statSync(p, { throwIfNoEntry: !1 });
          if (!st) break;
          Math.max(st.mtimeMs, st.ctimeMs) >= written - RACY_MS && (racy = !0), stamps.push(stampOf(p, st));
        }
        let fresh = !racy && stamps.length === paths.length && key2 === keyOf(cache.salt, name, stamps);
        if (!fresh && racy && (tree = catalog.tree(), fresh = key2 === keyOf(cache.salt, name, manifestOf(tree).map((e) => stampOf(e.path, e.stat)))), fresh) {
          let kept = JSON.parse(text.slice(eol2 + 1));
          return { value: relocate(kept.value, shown), skipped: relocateSkipped(kept.skipped, shown) };
        }
      }
    } catch {
    }
  tree ??= catalog.tree();
  let walked = manifestOf(tree), key = cache ? keyOf(cache.salt, name, walked.map((e) => stampOf(e.path, e.stat))) : "", view = await catalog.all(), value = derive(view);
  if (path && cache)
    try {
      mkdirSync(cache.dir, { recursive: !0 });
      let kept = { skipped: relocateSkipped(view.skipped, stored), value: relocate(value, stored) };
      writeFileSync(path, `${key}
${JSON.stringify({ t: Date.now(), paths: walked.map((e) => e.path) })}
${JSON.stringify(kept)}`, "utf16le");
    } catch {
    }
  return { value, skipped: view.skipped };
}
export {
  derivedFromCatalog
};
