import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  entryCode
} from "./chunk-5BHPBIFA.js";
import {
  baseOf,
  parseStandardCode
} from "./chunk-7ZUBZPJB.js";
import {
  InputError,
  UsageError
} from "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/diff/plan.ts
var VERSION_TOKEN = /^v([0-9]+)$/i;
function versionOf(token) {
  let m = VERSION_TOKEN.exec(token.trim());
  return m ? Number(m[1]) : void 0;
}
async function entryAtRevision(rev, path, cwd, shownAs) {
  let { readAtRevision } = await import("./git-D4LFD2ZO.js"), text = await readAtRevision(rev, path, cwd), { loadStandardText } = await import("./read-GPSA5KEO.js"), file = loadStandardText(shownAs, text);
  if (!file.standard) throw InputError.fromFindings(shownAs, file.findings);
  let { standard } = file;
  return { kind: "published", base: baseOf(standard.code), version: standard.version, file: shownAs, standard };
}
async function resolveSide(ref, deps) {
  let { parseRevPath } = await import("./git-D4LFD2ZO.js"), rp = parseRevPath(ref);
  return rp ? { entry: await entryAtRevision(rp.rev, rp.path, deps.cwd, ref), source: { revision: rp.rev, path: rp.path } } : { entry: await deps.resolve(ref) };
}
async function resolveAny(ref, deps) {
  return (await resolveSide(ref, deps)).entry;
}
async function previousOf(entry, catalog) {
  let { entries } = await catalog.standard(entry.base);
  return entries.filter((e) => e.version < entry.version).pop();
}
function narrows(base, codes) {
  return !codes || codes.length === 0 || codes.some((c) => base.startsWith(c.trim().toUpperCase()));
}
async function planDiff(args, options, deps) {
  let notes = [];
  if (options.git !== void 0) {
    if (args.length > 0) throw new UsageError("diff --git BASE takes no references: it compares every standard file changed since BASE");
    return planGit(options.git, options.code, deps);
  }
  if (options.code && args.length !== 2) throw new UsageError("--code narrows `diff vN vM` and `diff --git BASE` only");
  let versions = args.map(versionOf);
  if (args.length === 2 && versions[0] !== void 0 && versions[1] !== void 0) {
    let [a, b] = versions, { entries } = await deps.catalog.all(), byBase = /* @__PURE__ */ new Map();
    for (let e of entries) byBase.set(e.base, [...byBase.get(e.base) ?? [], e]);
    let pairs = [];
    for (let [base, list] of byBase) {
      if (!narrows(base, options.code)) continue;
      let from = list.find((e) => e.version === a), to = list.find((e) => e.version === b);
      from && to && pairs.push({ from, to });
    }
    return pairs.length === 0 && notes.push(`no standard in the catalogue has both v${a} and v${b}${options.code ? ` (--code ${options.code.join(",")})` : ""}`), { pairs, many: !0, notes };
  }
  if (args.length === 2) {
    if (versions[0] !== void 0 || versions[1] !== void 0) throw new UsageError(`"${args[versions[0] !== void 0 ? 0 : 1]}" is a version: give a standard first (compstd diff IIS3512-001 v2 v3), or two versions for every standard (compstd diff v2 v3)`);
    let [from, to] = await Promise.all([resolveSide(args[0], deps), resolveSide(args[1], deps)]), sources = from.source || to.source ? { from: from.source, to: to.source } : void 0;
    return { pairs: [{ from: from.entry, to: to.entry, ...sources ? { sources } : {} }], many: !1, notes };
  }
  if (args.length === 3) {
    let code = parseStandardCode(args[0].trim());
    if (!code || code.version !== void 0 || versions[1] === void 0 || versions[2] === void 0)
      throw new UsageError("three arguments are a standard and two versions: compstd diff IIS3512-001 v2 v3");
    let [from, to] = await Promise.all([deps.resolve(`${code.base}v${versions[1]}`), deps.resolve(`${code.base}v${versions[2]}`)]);
    return { pairs: [{ from, to }], many: !1, notes };
  }
  if (args.length === 1) {
    let ref = args[0];
    if (versions[0] !== void 0) throw new UsageError(`"${ref}" is a version: compare two (compstd diff v2 v3) or name the standard (compstd diff IIS3512-001 v2 v3)`);
    let code = parseStandardCode(ref.trim().toUpperCase());
    if (code && code.version === void 0) {
      await deps.resolve(code.base);
      let { entries } = await deps.catalog.standard(code.base), pairs = [];
      for (let k = 1; k < entries.length; k++) pairs.push({ from: entries[k - 1], to: entries[k] });
      return pairs.length === 0 && notes.push(`${code.base} has only one version in the catalogue (${entries.map(entryCode).join(", ")}): nothing to compare`), { pairs, many: !0, notes };
    }
    let to = await resolveAny(ref, deps), from = await previousOf(to, deps.catalog);
    if (!from) throw new UsageError(`${entryCode(to)} has no earlier version in the catalogue: give two references (compstd diff A B)`);
    return { pairs: [{ from, to }], many: !1, notes };
  }
  throw new UsageError(args.length === 0 ? "diff needs what to compare: two references, a standard, two versions, or --git BASE" : "too many arguments: see compstd diff --help");
}
async function planGit(base, codes, deps) {
  let { changedSince, shown } = await import("./git-D4LFD2ZO.js"), path = await import("node:path"), notes = [], pairs = [], catalogRoot = deps.catalog.root, { root, files, commit, mergeBase } = await changedSince(base, catalogRoot);
  mergeBase || notes.push(msg("ci.noMergeBase", { base: shown(base) }));
  let fromRoot = (file) => path.relative(root, path.resolve(deps.cwd, file)).split(path.sep).join("/");
  for (let file of files) {
    let oldPath = file.from ?? file.path, old = file.status === "added" ? void 0 : await entryAtRevision(commit, oldPath, root, `${base}:${oldPath}`), current = file.status === "deleted" ? void 0 : await deps.resolve(file.abs);
    if (!narrows((current ?? old).base, codes)) continue;
    let worktree = { worktree: !0, path: file.path };
    if (old && current)
      pairs.push({ from: old, to: current, sources: { from: { revision: base, path: oldPath }, to: worktree } });
    else if (current) {
      let from = await previousOf(current, deps.catalog), fromSource = from?.kind === "published" ? { worktree: !0, path: fromRoot(from.file) } : void 0;
      from ? pairs.push({ from, to: current, sources: { from: fromSource, to: worktree } }) : notes.push(msg("ci.newStandard", { code: entryCode(current), path: shown(file.path) }));
    } else if (old) {
      let { entries } = await deps.catalog.standard(old.base), inCatalog = (file2) => !path.relative(catalogRoot, file2).startsWith("..") && !path.isAbsolute(path.relative(catalogRoot, file2)), same = entries.find((e) => e.version === old.version && e.kind === "published" && inCatalog(e.file));
      same ? pairs.push({ from: old, to: same, sources: { from: { revision: base, path: oldPath }, to: { worktree: !0, path: fromRoot(same.file) } } }) : pairs.push({ from: old, to: old, deleted: !0, sources: { from: { revision: base, path: oldPath }, to: { ...worktree, deleted: !0 } } });
    }
  }
  return pairs.length === 0 && notes.every((n) => typeof n == "string" || n.id !== "ci.newStandard") && notes.push(msg("ci.nothingChanged", { base: shown(base), catalog: shown(catalogRoot) })), { pairs, many: !0, notes };
}
export {
  planDiff
};
