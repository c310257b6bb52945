import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  YAML_FILE
} from "./chunk-ZAREEZYM.js";
import {
  InputError,
  UsageError
} from "./chunk-6THF7KGA.js";
import "./chunk-HWVIYGBD.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/git.ts
import { execFileSync } from "node:child_process";
import { relative, resolve, sep } from "node:path";
function parseRevPath(ref) {
  let m = /^([^:\s]+):(.+)$/.exec(ref);
  if (!(!m || /^[A-Za-z]$/.test(m[1])) && YAML_FILE.test(m[2]))
    return { rev: m[1], path: m[2] };
}
function git(args, cwd) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    let err = e;
    if (err.code === "ENOENT") throw new UsageError("git is not installed or not on PATH");
    let detail = String(err.stderr ?? "").trim().split(`
`)[0] || err.message;
    throw new InputError(`git ${args.join(" ")}: ${detail}`);
  }
}
function gitRoot(cwd) {
  return git(["rev-parse", "--show-toplevel"], cwd).trim();
}
function readAtRevision(rev, path, cwd) {
  let root = gitRoot(cwd), fromCwd = relative(root, resolve(cwd, path)).split(sep).join("/");
  try {
    return git(["show", `${rev}:${fromCwd}`], cwd);
  } catch (e) {
    if (fromCwd === path) throw e;
    try {
      return git(["show", `${rev}:${path}`], cwd);
    } catch {
      throw e;
    }
  }
}
function changedSince(base, dir) {
  let root = gitRoot(dir);
  git(["rev-parse", "--verify", "--quiet", `${base}^{commit}`], dir);
  let scope = relative(root, dir).split(sep).join("/") || ".", out = [], seen = /* @__PURE__ */ new Set(), fields = git(["diff", "--name-status", "--no-renames", "-z", base, "--", scope], root).split("\0");
  for (let k = 0; k + 1 < fields.length; k += 2) {
    let code = fields[k], path = fields[k + 1];
    if (!YAML_FILE.test(path)) continue;
    let status = code.startsWith("A") ? "added" : code.startsWith("D") ? "deleted" : "modified";
    out.push({ status, path, abs: resolve(root, path) }), seen.add(path);
  }
  for (let path of git(["ls-files", "--others", "--exclude-standard", "-z", "--", scope], root).split("\0"))
    path === "" || seen.has(path) || !YAML_FILE.test(path) || out.push({ status: "added", path, abs: resolve(root, path) });
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
export {
  changedSince,
  gitRoot,
  parseRevPath,
  readAtRevision
};
