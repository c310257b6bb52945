import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  displayPath
} from "./chunk-655AMDMP.js";
import {
  YAML_FILE,
  walkTree,
  walkYaml
} from "./chunk-C42NAGJO.js";
import {
  entryCode,
  entryName
} from "./chunk-5BHPBIFA.js";
import {
  baseOf,
  parseStandardCode,
  replacedByFromNote
} from "./chunk-7ZUBZPJB.js";
import {
  InputError,
  NotFoundError,
  UsageError
} from "./chunk-NTGAD4TH.js";
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG,
  msg
} from "./chunk-TE5S4JRX.js";
import {
  __commonJS,
  __toESM
} from "./chunk-XYDU2MH7.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536), myers_32 = function(a, b) {
      for (var n = a.length, m = b.length, lst = 1 << n - 1, pv = -1, mv = 0, sc = n, i = n; i--; )
        peq[a.charCodeAt(i)] |= 1 << i;
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)], xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv, mv |= ~(eq | pv), pv &= eq, mv & lst && sc++, pv & lst && sc--, mv = mv << 1 | 1, pv = pv << 1 | ~(xv | mv), mv &= xv;
      }
      for (i = n; i--; )
        peq[a.charCodeAt(i)] = 0;
      return sc;
    }, myers_x = function(b, a) {
      for (var n = a.length, m = b.length, mhc = [], phc = [], hsize = Math.ceil(n / 32), vsize = Math.ceil(m / 32), i = 0; i < hsize; i++)
        phc[i] = -1, mhc[i] = 0;
      for (var j = 0; j < vsize - 1; j++) {
        for (var mv_1 = 0, pv_1 = -1, start_1 = j * 32, vlen_1 = Math.min(32, m) + start_1, k = start_1; k < vlen_1; k++)
          peq[b.charCodeAt(k)] |= 1 << k;
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)], pb = phc[i / 32 | 0] >>> i & 1, mb = mhc[i / 32 | 0] >>> i & 1, xv = eq | mv_1, xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb, ph = mv_1 | ~(xh | pv_1), mh = pv_1 & xh;
          ph >>> 31 ^ pb && (phc[i / 32 | 0] ^= 1 << i), mh >>> 31 ^ mb && (mhc[i / 32 | 0] ^= 1 << i), ph = ph << 1 | pb, mh = mh << 1 | mb, pv_1 = mh | ~(xv | ph), mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++)
          peq[b.charCodeAt(k)] = 0;
      }
      for (var mv = 0, pv = -1, start = j * 32, vlen = Math.min(32, m - start) + start, k = start; k < vlen; k++)
        peq[b.charCodeAt(k)] |= 1 << k;
      for (var score = m, i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)], pb = phc[i / 32 | 0] >>> i & 1, mb = mhc[i / 32 | 0] >>> i & 1, xv = eq | mv, xh = ((eq | mb) & pv) + pv ^ pv | eq | mb, ph = mv | ~(xh | pv), mh = pv & xh;
        score += ph >>> m - 1 & 1, score -= mh >>> m - 1 & 1, ph >>> 31 ^ pb && (phc[i / 32 | 0] ^= 1 << i), mh >>> 31 ^ mb && (mhc[i / 32 | 0] ^= 1 << i), ph = ph << 1 | pb, mh = mh << 1 | mb, pv = mh | ~(xv | ph), mv = ph & xv;
      }
      for (var k = start; k < vlen; k++)
        peq[b.charCodeAt(k)] = 0;
      return score;
    }, distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a, a = tmp;
      }
      return b.length === 0 ? a.length : a.length <= 32 ? myers_32(a, b) : myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      for (var min_distance = 1 / 0, min_index = 0, i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        dist < min_distance && (min_distance = dist, min_index = i);
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/load/catalog.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
async function readFile(path, display, cache) {
  let cached = cache?.get(path);
  if (cached) return { file: display, standard: cached, findings: [] };
  let stat;
  try {
    stat = statSync(path);
  } catch {
    stat = void 0;
  }
  let { loadStandardFile } = await import("./read-GPSA5KEO.js"), loaded = loadStandardFile(path, display);
  return loaded.standard && stat && loaded.findings.length === 0 && cache?.set(path, stat, loaded.standard), { file: loaded.file, standard: loaded.standard, findings: loaded.findings };
}
function assembleView(files, nameOf, onlyBase) {
  let skipped = [], published = /* @__PURE__ */ new Map();
  for (let file of files) {
    if (!file.standard) {
      skipped.push({ file: file.file, findings: file.findings });
      continue;
    }
    let base = baseOf(file.standard.code);
    if (onlyBase !== void 0 && base !== onlyBase) continue;
    let key = `${base}v${file.standard.version}`, first = published.get(key);
    if (first) {
      let m = msg("findings.duplicateVersion", { key, other: nameOf(first.file) });
      skipped.push({
        file: file.file,
        findings: [{ ruleId: "duplicate-version", severity: "error", message: t(DEFAULT_LANG, m), messageId: m.id, params: m.params, file: file.file, line: 1, column: 1 }]
      });
      continue;
    }
    published.set(key, { kind: "published", base, version: file.standard.version, file: file.file, standard: file.standard });
  }
  let entries = [...published.values()], newestFirst = [...published.values()].sort((a, b) => b.version - a.version), history = /* @__PURE__ */ new Map();
  for (let source of newestFirst)
    for (let row of source.standard.versions) {
      let key = `${source.base}v${row.version}`;
      published.has(key) || history.has(key) || history.set(key, {
        kind: "history",
        base: source.base,
        version: row.version,
        row,
        replacedBy: replacedByFromNote(row.note),
        listedIn: { code: source.standard.code, file: source.file }
      });
    }
  return entries.push(...history.values()), entries.sort((a, b) => a.base < b.base ? -1 : a.base > b.base ? 1 : a.version - b.version), { entries, skipped };
}
function isYamlPath(ref) {
  return YAML_FILE.test(ref) || ref.includes("/") || ref.includes("\\");
}
var Catalog = class {
  root;
  reference;
  /** Working directory, for resolving and showing paths. */
  cwd;
  loaded = /* @__PURE__ */ new Map();
  cache;
  constructor(options) {
    if (this.cwd = options.cwd, this.cache = options.cache, this.reference = options.reference, this.root = resolve(options.cwd, options.root), !existsSync(this.root) || !statSync(this.root).isDirectory())
      throw new UsageError(`The catalogue folder ${displayPath(this.root, this.cwd)} does not exist`);
  }
  show(path) {
    return displayPath(path, this.cwd);
  }
  load(path) {
    let file = this.loaded.get(path);
    return file || (file = readFile(path, this.show(path), this.cache), this.loaded.set(path, file)), file;
  }
  /** Every YAML file under the root, sorted; dot-folders, node_modules and symlink loops skipped. */
  files() {
    return walkYaml(this.root);
  }
  /** Every folder and YAML file under the root with its stat, from one walk. */
  tree() {
    return walkTree(this.root);
  }
  /**
   * The files of one standard: its folder `<root>/<CODE>/` when there is one (found without
   * reading any other file), else every file of the catalogue.
   */
  filesOf(base) {
    let names;
    try {
      names = readdirSync(this.root);
    } catch {
      return [];
    }
    let folder = names.find((n) => n.toUpperCase() === base);
    if (folder === void 0) return this.files();
    let dir = join(this.root, folder);
    try {
      return readdirSync(dir).filter((n) => YAML_FILE.test(n) && !n.startsWith(".")).sort().map((n) => join(dir, n));
    } catch {
      return [];
    }
  }
  async view(paths, onlyBase) {
    let files = await Promise.all(paths.map((p) => this.load(p)));
    return assembleView(files, (file) => relative(this.root, resolve(this.cwd, file)), onlyBase);
  }
  /** The whole catalogue. */
  all() {
    return this.view(this.files());
  }
  /**
   * Every known version of one standard (base code such as IIS3512-001), with those of the
   * reference catalogue: per version, a file of this catalogue, else one of the reference, else
   * a version-table row of this catalogue, else one of the reference.
   */
  async standard(base) {
    let own = await this.view(this.filesOf(base), base);
    if (!this.reference) return own;
    let theirs = await this.reference.standard(base);
    if (theirs.entries.length === 0) return own;
    let byVersion = /* @__PURE__ */ new Map(), rank = (e, mine) => (e.kind === "published" ? 0 : 2) + (mine ? 0 : 1), ranks = /* @__PURE__ */ new Map();
    for (let [list, mine] of [
      [own.entries, !0],
      [theirs.entries, !1]
    ])
      for (let e of list) {
        let r = rank(e, mine);
        (ranks.get(e.version) ?? 9) > r && (ranks.set(e.version, r), byVersion.set(e.version, e));
      }
    return { entries: [...byVersion.values()].sort((a, b) => a.version - b.version), skipped: [...own.skipped, ...theirs.skipped] };
  }
  /**
   * Resolves a reference: `IIS3512-001v3`, `IIS3512-001` (latest), a standard's name, or a path
   * to a YAML file. Throws NotFoundError with the closest matches, or InputError for a bad file.
   */
  async resolve(ref) {
    let trimmed = ref.trim();
    if (trimmed === "") throw new UsageError("An empty reference names no standard");
    let code = parseStandardCode(trimmed);
    if (code) {
      let { entries } = await this.standard(code.base);
      if (entries.length > 0) {
        if (code.version === void 0) return entries[entries.length - 1];
        let hit = entries.find((e) => e.version === code.version);
        if (hit) return hit;
        throw new NotFoundError(
          trimmed,
          entries.map(entryCode),
          `${code.base} has no version ${code.version} in the catalogue (known: ${entries.map((e) => `v${e.version}`).join(", ")}).`
        );
      }
    } else if (isYamlPath(trimmed) || existsSync(resolve(this.cwd, trimmed)))
      return this.resolvePath(trimmed);
    let all = (await this.all()).entries;
    if (!code && this.reference && !all.some((e) => entryName(e) === trimmed)) {
      let named = await this.reference.resolve(trimmed).catch(() => {
      });
      if (named) {
        let { entries } = await this.standard(named.base);
        return entries[entries.length - 1] ?? named;
      }
    }
    if (!code) {
      let byName = all.filter((e) => entryName(e) === trimmed);
      if (byName.length > 0) {
        let bases = new Set(byName.map((e) => e.base));
        if (bases.size === 1) {
          let base = byName[0].base, versions = all.filter((e) => e.base === base);
          return versions[versions.length - 1];
        }
        throw new NotFoundError(trimmed, [...bases], `"${trimmed}" is the name of several standards; give a code.`);
      }
    }
    let known = this.reference ? [...all, ...(await this.reference.all()).entries] : all;
    throw new NotFoundError(trimmed, closestMatches(trimmed, known));
  }
  async resolvePath(path) {
    let abs = resolve(this.cwd, path), file = await this.load(abs), io = file.findings.length === 1 && file.findings[0].messageId?.startsWith("io.") ? file.findings[0] : void 0;
    if (!file.standard && io) throw new InputError({ id: io.messageId, params: io.params });
    if (!file.standard) throw InputError.fromFindings(file.file, file.findings);
    return {
      kind: "published",
      base: baseOf(file.standard.code),
      version: file.standard.version,
      file: file.file,
      standard: file.standard
    };
  }
};
function closestMatches(ref, entries, limit = 5) {
  let query = ref.toUpperCase(), candidates = /* @__PURE__ */ new Map(), consider = (label, key) => {
    let d = (0, import_fastest_levenshtein.distance)(query, key.toUpperCase()), budget = Math.max(2, Math.floor(key.length / 3)), contains = key.toUpperCase().includes(query) || query.includes(key.toUpperCase());
    if (d > budget && !contains) return;
    let score = contains ? Math.min(d, 1) : d, prev = candidates.get(label);
    (prev === void 0 || score < prev) && candidates.set(label, score);
  };
  for (let entry of entries) {
    let code = entryCode(entry);
    consider(code, code), consider(entry.base, entry.base), consider(`${code} ${entryName(entry)}`, entryName(entry));
  }
  return [...candidates.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([label]) => label);
}

export {
  assembleView,
  Catalog,
  closestMatches
};
