import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_FILE_BYTES
} from "./chunk-DE7SVJ27.js";
import "./chunk-OX7EX2RD.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-PWR5QEH6.js";
import "./chunk-4ZFAVBGW.js";
import {
  YAML_FILE
} from "./chunk-C42NAGJO.js";
import "./chunk-QKV6D4AO.js";
import "./chunk-XIKJDTQ2.js";
import {
  InputError,
  UsageError
} from "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/git.ts
import { execFile } from "node:child_process";
import { relative, resolve, sep } from "node:path";
function parseRevPath(ref) {
  let m = /^([^:\s]+):(.+)$/.exec(ref);
  if (!(!m || /^[A-Za-z]$/.test(m[1])) && YAML_FILE.test(m[2]))
    return { rev: m[1], path: m[2] };
}
var LIST_BYTES = 16 * 1024 * 1024;
function shown(s, max = 200) {
  let clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max)}\u2026` : clean;
}
function checkRevision(rev) {
  if (rev === "" || rev.startsWith("-") || rev.includes("\0")) throw new UsageError(msg("ci.badRevision", { rev: shown(rev) }));
}
function runGit(args, call) {
  let maxBuffer = call.maxBytes ?? LIST_BYTES;
  return new Promise((done, fail) => {
    execFile(
      "git",
      // No pager, no colour, no lazy fetch of missing objects, whatever the user's configuration says.
      ["-c", "core.quotepath=off", "-c", "color.ui=never", "--no-pager", ...args],
      { cwd: call.cwd, encoding: "utf8", maxBuffer, windowsHide: !0, env: { ...process.env, GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } },
      (error, stdout, stderr) => {
        if (!error) return done(stdout);
        fail(gitError(error, String(stderr ?? ""), args, call, maxBuffer));
      }
    );
  });
}
function gitError(e, stderr, args, call, maxBuffer) {
  if (e.code === "ENOENT") return new UsageError(msg("ci.gitMissing"));
  if (e.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER")
    return new InputError(msg("ci.gitOutputTooLarge", { what: shown(call.what ?? `git ${args[0] ?? ""}`), limit: maxBuffer }));
  let first = stderr.split(`
`).find((l) => l.trim() !== "") ?? e.message;
  return /not a git repository/i.test(stderr) ? new InputError(msg("ci.notARepository", { dir: shown(call.cwd) })) : /end-of-options/.test(stderr) ? new UsageError(msg("ci.gitTooOld")) : call.rev !== void 0 && call.path !== void 0 && /does not exist in|exists on disk, but not in/.test(stderr) ? new InputError(msg("ci.notAtRevision", { path: shown(call.path), rev: shown(call.rev) })) : call.rev !== void 0 && /invalid object name|bad revision|unknown revision|Needed a single revision|not a valid object name|ambiguous argument/i.test(stderr) ? new InputError(msg("ci.unknownRevision", { rev: shown(call.rev), dir: shown(call.cwd) })) : new InputError(msg("ci.gitFailed", { command: `git ${args[0] ?? ""}`, detail: shown(first.replace(/^(fatal|error):\s*/, "")) }));
}
async function gitRoot(cwd) {
  return (await runGit(["rev-parse", "--show-toplevel"], { cwd, maxBytes: 64 * 1024 })).replace(/\r?\n$/, "");
}
async function repositoryRoot(cwd) {
  try {
    return await gitRoot(cwd);
  } catch {
    return;
  }
}
async function verifyCommit(rev, cwd) {
  checkRevision(rev);
  try {
    return (await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], { cwd, rev, maxBytes: 64 * 1024 })).trim();
  } catch (e) {
    throw e instanceof InputError && e.msg?.id === "ci.gitFailed" ? new InputError(msg("ci.unknownRevision", { rev: shown(rev), dir: shown(cwd) })) : e;
  }
}
async function blobAt(rev, pathFromRoot, root) {
  return runGit(["cat-file", "blob", "--end-of-options", `${rev}:${pathFromRoot}`], {
    cwd: root,
    rev,
    path: pathFromRoot,
    maxBytes: MAX_FILE_BYTES,
    what: `${rev}:${pathFromRoot}`
  });
}
async function readAtRevision(rev, path, cwd) {
  checkRevision(rev);
  let root = await gitRoot(cwd), fromCwd = relative(root, resolve(cwd, path)).split(sep).join("/");
  try {
    return await blobAt(rev, fromCwd, root);
  } catch (e) {
    if (fromCwd === path || !(e instanceof InputError) || e.msg?.id !== "ci.notAtRevision") throw e;
    try {
      return await blobAt(rev, path, root);
    } catch {
      throw e;
    }
  }
}
async function mergeBaseOf(commit, root) {
  try {
    return (await runGit(["merge-base", commit, "HEAD"], { cwd: root, maxBytes: 64 * 1024 })).trim() || void 0;
  } catch {
    return;
  }
}
async function changedSince(base, dir) {
  checkRevision(base);
  let root = await gitRoot(dir), tip = await verifyCommit(base, root), fork = await mergeBaseOf(tip, root), commit = fork ?? tip, scope = relative(root, resolve(dir)).split(sep).join("/") || ".", out = [], seen = /* @__PURE__ */ new Set(), fields = (await runGit(["--literal-pathspecs", "diff", "--name-status", "-M", "-z", "--no-ext-diff", "--end-of-options", commit, "--", scope], { cwd: root, rev: base, what: `git diff ${base}` })).split("\0");
  for (let k = 0; k < fields.length; ) {
    let code = fields[k++];
    if (code === "") continue;
    let twoPaths = code.startsWith("R") || code.startsWith("C"), first = fields[k++] ?? "", second = twoPaths ? fields[k++] ?? "" : void 0, path = second ?? first, yamlNow = YAML_FILE.test(path);
    if (code.startsWith("R") && second !== void 0) {
      let yamlBefore = YAML_FILE.test(first);
      yamlBefore && yamlNow ? out.push({ status: "renamed", path, from: first, abs: resolve(root, path) }) : yamlBefore ? out.push({ status: "deleted", path: first, abs: resolve(root, first) }) : yamlNow && out.push({ status: "added", path, abs: resolve(root, path) }), seen.add(path);
      continue;
    }
    if (!yamlNow) continue;
    let status = code.startsWith("A") || code.startsWith("C") ? "added" : code.startsWith("D") ? "deleted" : "modified";
    out.push({ status, path, abs: resolve(root, path) }), seen.add(path);
  }
  let untracked = await runGit(["--literal-pathspecs", "ls-files", "--others", "--exclude-standard", "-z", "--", scope], { cwd: root });
  for (let path of untracked.split("\0"))
    path === "" || seen.has(path) || !YAML_FILE.test(path) || out.push({ status: "added", path, abs: resolve(root, path) });
  return { root, commit, mergeBase: fork !== void 0, files: out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0) };
}
export {
  changedSince,
  checkRevision,
  gitRoot,
  parseRevPath,
  readAtRevision,
  repositoryRoot,
  runGit,
  shown,
  verifyCommit
};
