import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  packDoc,
  standardDoc,
  unpackDocs
} from "./chunk-3SLZXZH5.js";
import {
  listDir,
  walkTree
} from "./chunk-C42NAGJO.js";
import {
  summaryOf
} from "./chunk-5BHPBIFA.js";
import {
  bytesKey,
  nameKey,
  uniqueName
} from "./chunk-KVAWWGG5.js";
import {
  MAX_STANDARD_BYTES,
  readFileBounded
} from "./chunk-QKV6D4AO.js";

// src/load/catalog-index.ts
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
var FORMAT = 5, MAX_SEGMENTS = 8, RACY_MS = 2e3;
function stampOf(st) {
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}
function sameStamp(st, s, at = 0) {
  return s.length >= at + 4 && s[at] !== -1 && st.size === s[at] && st.mtimeMs === s[at + 1] && st.ctimeMs === s[at + 2] && st.ino === s[at + 3];
}
async function readIndexedFile(path, derive, codecs) {
  let st = statSync(path, { throwIfNoEntry: !1 }), stamp = st ? stampOf(st) : [], bytes;
  try {
    bytes = readFileBounded(path, path, MAX_STANDARD_BYTES);
  } catch {
    let { loadStandardFile } = await import("./read-GPSA5KEO.js");
    return { path, stamp, hash: "", texts: void 0, findings: loadStandardFile(path).findings };
  }
  let { fastStandardBytes } = await import("./read-fast-PJEWJO7W.js"), standard = fastStandardBytes(bytes), findings = [];
  if (!standard) {
    let loaded = (await import("./read-GPSA5KEO.js")).loadStandardBytes(path, bytes);
    standard = loaded.standard, findings = loaded.findings;
  }
  return {
    path,
    stamp,
    hash: bytesKey(bytes),
    texts: standard ? encodeParts(derive(standard), codecs) : void 0,
    findings: standard ? [] : findings
  };
}
function encodeParts(parts, codecs) {
  let out = {};
  for (let name of Object.keys(parts)) out[name] = codecOf(codecs, name).encode(parts[name]);
  return out;
}
function flatten(h) {
  return {
    begun: h.begun,
    generation: h.generation,
    dirs: h.dirs.map(([p]) => p),
    dirStamps: h.dirs.flatMap(([, s]) => s.length === 4 ? s : [-1, -1, -1, -1]),
    files: h.files.map(([p]) => p),
    fileStamps: h.files.flatMap(([, s]) => s.length === 4 ? s : [-1, -1, -1, -1]),
    hashes: h.files.map(([, , hash]) => hash),
    failed: h.failed,
    segments: h.segments,
    parts: h.parts
  };
}
function expand(r) {
  let stamp = (all, k) => all[4 * k] === -1 ? [] : all.slice(4 * k, 4 * k + 4);
  return {
    begun: r.begun,
    generation: r.generation,
    dirs: r.dirs.map((p, k) => [p, stamp(r.dirStamps, k)]),
    files: r.files.map((p, k) => [p, stamp(r.fileStamps, k), r.hashes[k]]),
    failed: r.failed,
    segments: r.segments,
    parts: r.parts
  };
}
function keyLine(salt, root, names) {
  return JSON.stringify(["compstd-index", FORMAT, salt, root, names]);
}
function segmentFile(file, id) {
  return `${file}.${id}.seg`;
}
function openStored(file, key) {
  let text;
  try {
    text = readFileSync(file, "utf16le");
  } catch {
    return;
  }
  let eol = text.indexOf(`
`);
  if (eol < 0 || text.slice(0, eol) !== key || !text.endsWith(`
`)) return;
  let raw;
  try {
    raw = JSON.parse(text.slice(eol + 1, -1));
  } catch {
    return;
  }
  let fds = [];
  try {
    for (let id of raw.segments) fds.push(openSync(segmentFile(file, id), "r"));
  } catch {
    for (let fd of fds) closeSync(fd);
    return;
  }
  let header;
  return {
    raw,
    get header() {
      return header ??= expand(raw);
    },
    fds
  };
}
function readSpans(stored, spans) {
  let out = new Array(spans.length), order = spans.map((_, k) => k).sort((a, b) => spans[a][0] - spans[b][0] || spans[a][1] - spans[b][1]), i = 0;
  for (; i < order.length; ) {
    let [seg, start] = spans[order[i]], end = start + spans[order[i]][2], j = i + 1;
    for (; j < order.length; ) {
      let [s2, a2, n2] = spans[order[j]];
      if (s2 !== seg || a2 - end > 32768) break;
      end = Math.max(end, a2 + n2), j++;
    }
    let buf = Buffer.allocUnsafe((end - start) * 2);
    if (readSync(stored.fds[seg], buf, 0, buf.length, start * 2) !== buf.length) throw new Error("the index was cut short");
    for (let k = i; k < j; k++) {
      let [, a, n] = spans[order[k]];
      out[order[k]] = buf.toString("utf16le", (a - start) * 2, (a - start + n) * 2);
    }
    i = j;
  }
  return out;
}
function walkOrder(a, b) {
  let pa = a.split(/[\\/]/), pb = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++)
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  return pa.length - pb.length;
}
var JSON_CODEC = { encode: (v) => JSON.stringify(v), decode: (text) => JSON.parse(text) };
function codecOf(codecs, name) {
  return codecs?.[name] ?? JSON_CODEC;
}
function viewFile(place, name) {
  return `${place.file}.${name.replace(/[^a-z0-9-]/gi, "_")}.view`;
}
function deltaFile(place, name) {
  return `${viewFile(place, name)}.delta`;
}
var MAX_DELTA = 1 << 20;
function applyReplacements(text, replacements) {
  let out = text;
  for (let [before, after] of replacements) {
    let at = out.indexOf(before);
    if (at < 0) throw new Error("a view replacement does not apply");
    out = `${out.slice(0, at)}${after}${out.slice(at + before.length)}`;
  }
  return out;
}
function chain(first, then) {
  let out = first.map(([a, b]) => [a, b]);
  for (let [before, after] of then) {
    let again = out.findIndex(([, b]) => b === before);
    again >= 0 ? out[again][1] = after : out.push([before, after]);
  }
  return out.filter(([a, b]) => a !== b);
}
function readText(path, head) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    return;
  }
  try {
    let want = Buffer.from(head, "utf16le"), got = Buffer.allocUnsafe(want.length);
    if (readSync(fd, got, 0, got.length, 0) !== got.length || !got.equals(want)) return;
    let size = fstatSync(fd).size - want.length, rest = Buffer.allocUnsafe(size), at = 0;
    for (; at < size; ) {
      let n = readSync(fd, rest, at, size - at, want.length + at);
      if (n === 0) return;
      at += n;
    }
    return rest.toString("utf16le");
  } catch {
    return;
  } finally {
    closeSync(fd);
  }
}
function readView(place, name) {
  let whole = readText(viewFile(place, name), `${place.key}	${place.generation}
`);
  if (whole !== void 0) return { text: whole, base: place.generation, replacements: [] };
  let delta = readText(deltaFile(place, name), `${place.key}	${place.generation}	`);
  if (delta === void 0) return;
  let eol = delta.indexOf(`
`), base = delta.slice(0, eol), text = readText(viewFile(place, name), `${place.key}	${base}
`);
  if (text !== void 0)
    try {
      let replacements = JSON.parse(delta.slice(eol + 1));
      return { text: applyReplacements(text, replacements), base, replacements };
    } catch {
      return;
    }
}
function writeWhole(file, dir, text) {
  let tmp = `${file}.${process.pid}.tmp`;
  try {
    if (mkdirSync(dir, { recursive: !0 }), typeof text == "string" && text.length <= 1 << 19)
      writeFileSync(tmp, text, "utf16le");
    else if (typeof text == "string") {
      let fd = openSync(tmp, "w");
      try {
        for (let at = 0; at < text.length; at += 1 << 19) writeSync(fd, text.slice(at, at + (1 << 19)), null, "utf16le");
      } finally {
        closeSync(fd);
      }
    } else {
      let fd = openSync(tmp, "w");
      try {
        let chunk = [], size = 0, flush = () => {
          size > 0 && writeSync(fd, chunk.join(""), null, "utf16le"), chunk = [], size = 0;
        };
        for (let t of text)
          chunk.push(t), size += t.length, size >= 1 << 19 && flush();
        flush();
      } finally {
        closeSync(fd);
      }
    }
    return renameSync(tmp, file), !0;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
    }
    return !1;
  }
}
function partTexts(entries, stored, codec, name, which) {
  let spans = [], fromStore = [], out = new Array(which.length).fill("");
  return which.forEach((k, n) => {
    let from = entries[k].from;
    if (typeof from != "number") {
      out[n] = from.texts?.[name] ?? "";
      return;
    }
    let at = stored?.raw.parts[name], len = at?.[3 * from + 2] ?? 0;
    len !== 0 && (spans.push([at[3 * from], at[3 * from + 1], len]), fromStore.push(n));
  }), stored && readSpans(stored, spans).forEach((text, j) => out[fromStore[j]] = text), out;
}
function makeIndex(o, entriesOf, stored, how, read, place, previous) {
  let made = typeof entriesOf == "function" ? void 0 : entriesOf, all = () => made ??= entriesOf(), everyOf = () => all().map((_, k) => k);
  return {
    get paths() {
      return all().map((e) => e.path);
    },
    get failed() {
      return all().map((e) => e.failed);
    },
    part(name, which = everyOf()) {
      let entries = all(), out = new Array(entries.length).fill(void 0), codec = codecOf(o.codecs, name);
      return partTexts(entries, stored, codec, name, which).forEach((text, n) => {
        text !== "" && (out[which[n]] = codec.decode(text));
      }), out;
    },
    partText(name, which) {
      return partTexts(all(), stored, codecOf(o.codecs, name), name, which);
    },
    previousText(name, which) {
      if (!stored || !previous) throw new Error("no previous index to read from");
      let entries = all(), before = which.map((k) => ({ ...entries[k], from: k }));
      return partTexts(before, stored, codecOf(o.codecs, name), name, before.map((_, n) => n));
    },
    how,
    read,
    view(name, make, patch) {
      let kept = place ? readView(place, name) : void 0;
      if (kept !== void 0) return kept.text;
      if (patch && previous && stored) {
        let old = readView({ ...previous, generation: stored.raw.generation }, name), entries = all(), changed = everyOf().filter((k) => typeof entries[k].from != "number"), more = old === void 0 ? void 0 : patch(old.text, changed);
        if (old !== void 0 && more !== void 0) {
          let text = applyReplacements(old.text, more), replacements = chain(old.replacements, more);
          return replacements.reduce((sum, [a, b]) => sum + a.length + b.length, 0) <= MAX_DELTA && place ? writeWhole(deltaFile(place, name), place.dir, `${place.key}	${place.generation}	${old.base}
${JSON.stringify(replacements)}`) : place && writeWhole(viewFile(place, name), place.dir, `${place.key}	${place.generation}
${text}`), text;
        }
      }
      let made2 = make();
      return place && writeWhole(viewFile(place, name), place.dir, `${place.key}	${place.generation}
${made2}`), made2;
    },
    close() {
      for (let fd of stored?.fds ?? []) closeSync(fd);
    }
  };
}
function storedEntry(path, stamp, hash, failed, i) {
  return { path, stamp, hash, failed: failed === 0 || failed === void 0 ? void 0 : failed, from: i };
}
function entryOf(f) {
  return { path: f.path, stamp: f.stamp, hash: f.hash, failed: f.texts ? void 0 : f.findings, from: f };
}
function sameContent(path, hash) {
  if (hash === "") return !1;
  try {
    return bytesKey(readFileBounded(path, path, MAX_STANDARD_BYTES)) === hash;
  } catch {
    return !1;
  }
}
function indexFile(root, dir) {
  return join(dir, `${nameKey(root)}.index`);
}
function discardIndex(root, cache) {
  unlinkQuietly(indexFile(root, cache.dir));
}
async function catalogIndex(o) {
  let begun = Date.now(), key = keyLine(o.cache?.salt ?? "", o.root, o.names), file = o.cache ? indexFile(o.root, o.cache.dir) : void 0, stored = file ? openStored(file, key) : void 0, result;
  try {
    let same = stored ? unchanged(o, stored, begun) : "no";
    if (stored && same === "all") {
      let kept = stored, { abs } = pathsUnder(o.root), entries = () => kept.header.files.map(([rel, stamp, hash], i) => {
        let failed = kept.header.failed[i];
        return storedEntry(abs(rel), stamp, hash, failed, i);
      }), place2 = file && o.cache ? { file, dir: o.cache.dir, key, generation: kept.raw.generation } : void 0;
      return makeIndex(o, entries, stored, "fresh", 0, place2, void 0);
    }
    if (stored)
      result = await update(o, stored, begun, same === "folders");
    else {
      let tree = walkTree(o.root), paths = tree.files.map((f) => f.path), dirs = tree.dirs.map((d) => [d.path, stampOf(d.stat)]);
      if (file && o.cache && await buildOnDisk(o, file, key, begun, paths, dirs) && (stored = openStored(file, key)), stored) {
        let { header } = stored, entries = header.files.map(([, stamp, hash], i) => {
          let failed = header.failed[i];
          return storedEntry(paths[i], stamp, hash, failed, i);
        }), place2 = { file, dir: o.cache.dir, key, generation: header.generation };
        return makeIndex(o, entries, stored, "built", paths.length, place2, void 0);
      }
      let read = new Array(paths.length);
      await o.read(paths, (k, f) => read[k] = f), result = { entries: read.map(entryOf), reshaped: !0, dirs, how: "built", read: read.length, changed: !0 };
    }
  } catch (e) {
    for (let fd of stored?.fds ?? []) closeSync(fd);
    throw e;
  }
  let generation = stored?.raw.generation ?? "", place;
  file && o.cache && (result.changed && (generation = write(o, file, key, begun, result, stored) ?? ""), generation !== "" && (place = { file, dir: o.cache.dir, key, generation }));
  let inPlace = stored && result.changed && !result.reshaped && place ? place : void 0;
  return makeIndex(o, result.entries, stored, result.how, result.read, place, inPlace);
}
async function buildOnDisk(o, file, key, begun, paths, dirs) {
  let dir = o.cache.dir, id = uniqueName(), segment = segmentFile(file, id), tmp = `${segment}.${process.pid}.tmp`, fd;
  try {
    mkdirSync(dir, { recursive: !0 }), fd = openSync(tmp, "w");
  } catch {
    return !1;
  }
  let n = paths.length, files = new Array(n), failed = new Array(n), parts = Object.fromEntries(o.names.map((name) => [name, new Array(3 * n).fill(0)])), length = 0, pending = [], size = 0, flush = () => {
    size > 0 && writeSync(fd, pending.join(""), null, "utf16le"), pending = [], size = 0;
  }, { rel } = pathsUnder(o.root);
  try {
    await o.read(paths, (k, f) => {
      files[k] = [rel(f.path), f.stamp, f.hash], failed[k] = f.texts ? 0 : f.findings;
      for (let name of o.names) {
        let text = f.texts?.[name] ?? "", at = parts[name];
        at[3 * k + 1] = length, at[3 * k + 2] = text.length, pending.push(text), length += text.length, size += text.length;
      }
      size >= 1 << 19 && flush();
    }), flush(), closeSync(fd), renameSync(tmp, segment);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
    }
    if (unlinkQuietly(tmp), e instanceof Error && "code" in e && typeof e.code == "string") return !1;
    throw e;
  }
  let header = { begun, generation: uniqueName(), dirs: dirs.map(([p, stamp]) => [rel(p), stamp]), files, failed, segments: [id], parts };
  return writeWhole(file, dir, `${key}
${JSON.stringify(flatten(header))}
`) ? !0 : (unlinkQuietly(segment), !1);
}
function pathsUnder(root) {
  let prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  return {
    abs: (rel) => rel === "" ? root : sep === "/" ? `${prefix}${rel}` : join(root, rel),
    rel: (path) => path.startsWith(prefix) ? sep === "/" ? path.slice(prefix.length) : relative(root, path).split(sep).join("/") : relative(root, path)
  };
}
function unchanged(o, stored, begun) {
  let { raw } = stored, { abs } = pathsUnder(o.root), since = raw.begun - RACY_MS;
  for (let k = 0; k < raw.dirs.length; k++) {
    let st = statSync(abs(raw.dirs[k]), { throwIfNoEntry: !1 });
    if (!st?.isDirectory() || !sameStamp(st, raw.dirStamps, 4 * k) || Math.max(st.mtimeMs, st.ctimeMs) >= since) return "no";
  }
  for (let k = 0; k < raw.files.length; k++) {
    let path = abs(raw.files[k]), st = statSync(path, { throwIfNoEntry: !1 });
    if (!st || !sameStamp(st, raw.fileStamps, 4 * k)) return "folders";
    let touched = Math.max(st.mtimeMs, st.ctimeMs);
    if (touched >= since && (touched < begun - RACY_MS || !sameContent(path, raw.hashes[k]))) return "folders";
  }
  return "all";
}
async function update(o, stored, begun, foldersAsStamped) {
  let { header } = stored, { abs } = pathsUnder(o.root), racy = (st) => Math.max(st.mtimeMs, st.ctimeMs) >= header.begun - RACY_MS, settles = (st) => racy(st) && Math.max(st.mtimeMs, st.ctimeMs) < begun - RACY_MS, changed = !1, rewalk = !1, dirs = [], knownDirs, known, byDir, added = [], gone = /* @__PURE__ */ new Set();
  if (foldersAsStamped) for (let [rel, stamp] of header.dirs) dirs.push([abs(rel), stamp]);
  for (let [rel, stamp] of foldersAsStamped ? [] : header.dirs) {
    let path = abs(rel), st = statSync(path, { throwIfNoEntry: !1 });
    if (!st?.isDirectory()) {
      rewalk = !0;
      break;
    }
    let same = sameStamp(st, stamp);
    if (dirs.push([path, same ? stamp : stampOf(st)]), same && !racy(st)) continue;
    (!same || settles(st)) && (changed = !0);
    let listing = listDir(path);
    if (knownDirs ??= new Set(header.dirs.map(([p]) => abs(p))), !listing || listing.dirs.some((d) => !knownDirs.has(d))) {
      rewalk = !0;
      break;
    }
    if (known ??= new Map(header.files.map(([p], i) => [abs(p), i])), !byDir) {
      byDir = /* @__PURE__ */ new Map();
      for (let p of known.keys()) {
        let list = byDir.get(dirname(p));
        list ? list.push(p) : byDir.set(dirname(p), [p]);
      }
    }
    let here = new Set(listing.files.map((f) => f.path));
    for (let f of listing.files) known.has(f.path) || added.push(f.path);
    for (let p of byDir.get(path) ?? []) here.has(p) || gone.add(p);
  }
  let files, reshaped = !0;
  if (rewalk) {
    let tree = walkTree(o.root);
    known ??= new Map(header.files.map(([p], i) => [abs(p), i])), files = tree.files.map((f) => [f.path, known.get(f.path)]), dirs.length = 0;
    for (let d of tree.dirs) dirs.push([d.path, stampOf(d.stat)]);
    changed = !0;
  } else gone.size > 0 || added.length > 0 ? (files = [...header.files.map(([p]) => abs(p)).filter((p) => !gone.has(p)), ...added].sort(walkOrder).map((p) => [p, known.get(p)]), changed = !0) : (files = header.files.map(([p], i) => [abs(p), i]), reshaped = !1);
  let entries = [], toRead = [];
  for (let [path, i] of files) {
    let st = i === void 0 ? void 0 : statSync(path, { throwIfNoEntry: !1 }), [, stamp, hash] = i === void 0 ? ["", [], ""] : header.files[i];
    if (i !== void 0 && st && sameStamp(st, stamp) && (!racy(st) || sameContent(path, hash))) {
      settles(st) && (changed = !0);
      let failed = header.failed[i];
      entries.push(storedEntry(path, stamp, hash, failed, i));
    } else
      toRead.push(entries.length), entries.push(void 0);
  }
  return toRead.length > 0 && (changed = !0, await o.read(
    toRead.map((k) => files[k][0]),
    (n, f) => entries[toRead[n]] = entryOf(f)
  )), { entries, reshaped, dirs, how: changed ? "updated" : "fresh", read: toRead.length, changed };
}
function write(o, file, key, begun, result, stored) {
  let { entries } = result, dir = o.cache.dir, merge = !stored || stored.header.segments.length >= MAX_SEGMENTS, id = uniqueName(), segments = merge ? [id] : [...stored.header.segments, id], newSeg = segments.length - 1, moved = entries.map((e, k) => k).filter((k) => merge || typeof entries[k].from != "number"), body = [], length = 0, parts = {};
  for (let name of o.names) {
    let at = new Array(entries.length * 3).fill(0);
    if (!merge) {
      let before = stored.header.parts[name] ?? [];
      entries.forEach((e, k) => {
        typeof e.from == "number" && (at[3 * k] = before[3 * e.from] ?? 0, at[3 * k + 1] = before[3 * e.from + 1] ?? 0, at[3 * k + 2] = before[3 * e.from + 2] ?? 0);
      });
    }
    partTexts(entries, stored, codecOf(o.codecs, name), name, moved).forEach((text, n) => {
      let k = moved[n];
      at[3 * k] = newSeg, at[3 * k + 1] = length, at[3 * k + 2] = text.length, body.push(text), length += text.length;
    }), parts[name] = at;
  }
  let { rel } = pathsUnder(o.root), generation = uniqueName(), header = {
    begun,
    generation,
    dirs: result.dirs.map(([p, stamp]) => [rel(p), stamp]),
    files: entries.map((e) => [rel(e.path), e.stamp, e.hash]),
    failed: entries.map((e) => e.failed ?? 0),
    segments,
    parts
  };
  if (writeWhole(segmentFile(file, id), dir, body)) {
    if (!writeWhole(file, dir, `${key}
${JSON.stringify(flatten(header))}
`)) {
      unlinkQuietly(segmentFile(file, id));
      return;
    }
    if (merge) for (let old of stored?.header.segments ?? []) unlinkQuietly(segmentFile(file, old));
    return generation;
  }
}
function unlinkQuietly(path) {
  try {
    unlinkSync(path);
  } catch {
  }
}

// src/query/index-parts.ts
var INDEX_PARTS = ["head", "doc"];
function partsOf(s) {
  return { head: summaryOf(s), doc: standardDoc(s) };
}
var INDEX_CODECS = {
  doc: {
    encode: packDoc,
    decode: (text) => {
      let [doc] = unpackDocs(text);
      if (!doc) throw new Error("packed document: empty");
      return doc;
    }
  }
};

export {
  readIndexedFile,
  discardIndex,
  catalogIndex,
  INDEX_PARTS,
  partsOf,
  INDEX_CODECS
};
