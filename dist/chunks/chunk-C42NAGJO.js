import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/load/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
var YAML_FILE = /\.ya?ml$/i;
function walkYaml(root) {
  return walkTree(root).files.map((f) => f.path);
}
function listDir(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: !0 });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let files = [], dirs = [];
  for (let entry of entries) {
    let name = entry.name;
    if (name.startsWith(".") || name === "node_modules") continue;
    let path = join(dir, name);
    if (entry.isDirectory()) {
      dirs.push(path);
      continue;
    }
    if (entry.isFile() && !YAML_FILE.test(name) || !entry.isFile() && !entry.isSymbolicLink()) continue;
    let stat = statSync(path, { throwIfNoEntry: !1 });
    stat && (stat.isDirectory() ? dirs.push(path) : stat.isFile() && YAML_FILE.test(name) && files.push({ path, stat }));
  }
  return { files, dirs };
}
function walkTree(root) {
  let out = [], dirs = [], seen = /* @__PURE__ */ new Set(), walk = (dir) => {
    let real;
    try {
      real = realpathSync.native(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let own = statSync(dir, { throwIfNoEntry: !1 });
    if (!own) return;
    dirs.push({ path: dir, stat: own });
    let listing = listDir(dir);
    if (!listing) return;
    let f = 0;
    for (let sub of listing.dirs) {
      for (; f < listing.files.length && listing.files[f].path < sub; ) out.push(listing.files[f++]);
      walk(sub);
    }
    for (; f < listing.files.length; ) out.push(listing.files[f++]);
  };
  return walk(root), { dirs, files: out };
}
var GLOB_CHARS = /[*?[\]{}]/;
async function expandInputs(inputs, cwd) {
  let files = [], missing = [], seen = /* @__PURE__ */ new Set(), add = (p) => {
    seen.has(p) || (seen.add(p), files.push(p));
  };
  for (let input of inputs) {
    let abs = resolve(cwd, input), stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = void 0;
    }
    if (stat?.isDirectory()) walkYaml(abs).forEach(add);
    else if (stat) add(abs);
    else if (GLOB_CHARS.test(input)) {
      let { glob } = await import("./dist-V7F6GCDW.js"), hits = (await glob(input, { cwd, absolute: !0, dot: !1, followSymbolicLinks: !1, ignore: ["**/node_modules/**"] })).filter((p) => YAML_FILE.test(p)).sort();
      hits.length === 0 && missing.push(input), hits.forEach(add);
    } else missing.push(input);
  }
  return { files, missing };
}

export {
  YAML_FILE,
  walkYaml,
  listDir,
  walkTree,
  expandInputs
};
