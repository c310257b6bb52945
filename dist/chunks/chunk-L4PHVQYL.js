import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CONFIG_FILE,
  bundledCatalogRoot,
  displayPath
} from "./chunk-655AMDMP.js";
import {
  STANDARD_CODE_PATTERN
} from "./chunk-7ZUBZPJB.js";
import {
  UsageError
} from "./chunk-NTGAD4TH.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";

// src/load/find-catalog.ts
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
var VERSION_FILE = /^v[0-9]+\.ya?ml$/i;
function isDir(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return !1;
  }
}
function same(a, b) {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
function holdsStandards(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return !1;
  }
  let looked = 0;
  for (let name of names)
    if (!(!STANDARD_CODE_PATTERN.test(name.toUpperCase()) || /V[0-9]+$/i.test(name))) {
      if (++looked > 50) break;
      try {
        if (readdirSync(join(dir, name)).some((f) => VERSION_FILE.test(f))) return !0;
      } catch {
      }
    }
  return !1;
}
async function readRepoConfig(path, display) {
  return (await import("./config-file-Q3O27653.js")).readRepoConfig(path, display);
}
async function configCatalog(configPath, cwd) {
  let shown = displayPath(configPath, cwd), config = await readRepoConfig(configPath, shown), base = dirname(configPath), folder = config.catalog ?? "standards", root = resolve(base, folder), rel = relative(base, root);
  if (isAbsolute(folder) || rel.startsWith("..") || isAbsolute(rel))
    throw new UsageError(msg("repo.config.catalogOutside", { file: shown, path: folder }));
  if (!isDir(root)) throw new UsageError(msg("repo.config.catalogMissing", { file: shown, path: folder }));
  let realRel = relative(realpathSync(base), realpathSync(root));
  if (realRel.startsWith("..") || isAbsolute(realRel)) throw new UsageError(msg("repo.config.catalogOutside", { file: shown, path: folder }));
  return { root, reference: config.reference !== "none" };
}
async function findCatalog(o) {
  let bundled = o.bundled ?? bundledCatalogRoot(), behind = (root, wanted) => wanted && !same(root, bundled) ? bundled : void 0, explicit = o.flag !== void 0 && o.flag !== "" ? { dir: o.flag, how: "flag" } : o.env ? { dir: o.env, how: "env" } : void 0;
  if (explicit) {
    let root = resolve(o.cwd, explicit.dir);
    if (!isDir(root)) throw new UsageError(msg("repo.catalogMissing", { path: displayPath(root, o.cwd), how: explicit.how }));
    let inside2 = join(root, CONFIG_FILE), config = existsSync(inside2) ? inside2 : void 0, reference = !0;
    return config && (reference = (await readRepoConfig(config, displayPath(config, o.cwd))).reference !== "none"), { root, how: explicit.how, config, reference: behind(root, reference) };
  }
  let dir = resolve(o.cwd);
  for (let depth = 0; depth < 256; depth++) {
    let config = join(dir, CONFIG_FILE);
    if (existsSync(config)) {
      let found = await configCatalog(config, o.cwd);
      return { root: found.root, how: "config", config, reference: behind(found.root, found.reference) };
    }
    let standards = join(dir, "standards");
    if (isDir(standards) && holdsStandards(standards)) {
      let inside2 = join(standards, CONFIG_FILE), config2 = existsSync(inside2) ? inside2 : void 0, reference = config2 ? (await readRepoConfig(config2, displayPath(config2, o.cwd))).reference !== "none" : !0;
      return { root: standards, how: "standards-folder", config: config2, reference: behind(standards, reference) };
    }
    if (existsSync(join(dir, ".git"))) break;
    let up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  let inside = join(bundled, CONFIG_FILE);
  return { root: bundled, how: "bundled", config: existsSync(inside) ? inside : void 0, reference: void 0 };
}

export {
  holdsStandards,
  findCatalog
};
