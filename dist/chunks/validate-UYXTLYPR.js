import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  applyConfig,
  applyFlag,
  defaultSettings
} from "./chunk-FPZ7DGZO.js";
import {
  findConfig,
  readConfig
} from "./chunk-UXLME7L4.js";
import {
  writeFileAtomic
} from "./chunk-K7SQEWMQ.js";
import {
  checkInWorkers,
  defaultJobs,
  workerScript
} from "./chunk-R2VAW5DY.js";
import {
  checkFile,
  outcomeOf,
  runCatalogRules,
  sortFindings
} from "./chunk-2LUITLHF.js";
import {
  FileCache
} from "./chunk-O45Z3SX2.js";
import {
  BASELINE_CHECK
} from "./chunk-XVJVZHK5.js";
import "./chunk-4P5I3Q76.js";
import {
  loadStandardFile,
  loadStandardText
} from "./chunk-DE7SVJ27.js";
import {
  locate
} from "./chunk-OX7EX2RD.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-PWR5QEH6.js";
import "./chunk-4ZFAVBGW.js";
import {
  displayPath
} from "./chunk-655AMDMP.js";
import {
  expandInputs
} from "./chunk-C42NAGJO.js";
import "./chunk-KVAWWGG5.js";
import "./chunk-QKV6D4AO.js";
import "./chunk-7ZUBZPJB.js";
import "./chunk-XIKJDTQ2.js";
import {
  UsageError
} from "./chunk-NTGAD4TH.js";
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG,
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/rules/validate.ts
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

// src/load/baseline.ts
import { readFileSync } from "node:fs";
var BASELINE_VERSION = 1, MAX_BASELINE_BYTES = 16 * 1024 * 1024;
function invalid(display, detail) {
  return new UsageError(msg("findings.baseline.invalid", { file: display, detail }));
}
function isEntry(e) {
  if (e === null || typeof e != "object" || Array.isArray(e)) return !1;
  let x = e;
  return typeof x.file == "string" && typeof x.rule == "string" && typeof x.path == "string" && typeof x.message == "string" && Number.isInteger(x.count) && x.count > 0 && (x.params === void 0 || typeof x.params == "object" && x.params !== null && !Array.isArray(x.params));
}
function readBaseline(path, display) {
  let text;
  try {
    let bytes = readFileSync(path);
    if (bytes.length > MAX_BASELINE_BYTES) throw invalid(display, `${bytes.length} bytes`);
    text = bytes.toString("utf8");
  } catch (e) {
    if (e instanceof UsageError) throw e;
    let err = e;
    throw new UsageError(msg("findings.baseline.unreadable", { file: display, detail: err.code === "ENOENT" ? "ENOENT" : err.message }));
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw invalid(display, e.message);
  }
  let d = data;
  if (data === null || typeof data != "object" || d.version !== BASELINE_VERSION || !Array.isArray(d.entries)) throw invalid(display, `expected { "version": ${BASELINE_VERSION}, "entries": [...] }`);
  let bad = d.entries.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw invalid(display, `entries[${bad}]`);
  let starts = text.split(`
`).flatMap((l, i) => /^\s*\{\s*"file"/.test(l) ? [i + 1] : []), entries = d.entries;
  return { baseline: { version: BASELINE_VERSION, entries }, text, lines: entries.map((_, i) => starts[i] ?? 1) };
}
function baselineText(b) {
  let entries = b.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{
  "version": ${b.version},
  "entries": [${entries.length > 0 ? `
${entries.join(`,
`)}
  ` : ""}]
}
`;
}
function writeBaseline(path, b, display) {
  writeFileAtomic(path, baselineText(b), display);
}

// src/rules/baseline.ts
var POSITIONS = /* @__PURE__ */ new Set(["line", "column", "endLine", "endColumn"]);
function pointer(path) {
  return (path ?? []).map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function stableParams(params) {
  if (params === void 0) return;
  let keys = Object.keys(params).filter((k) => !POSITIONS.has(k) && params[k] !== void 0).sort();
  return keys.length === 0 ? void 0 : Object.fromEntries(keys.map((k) => [k, params[k]]));
}
function entryOf(f, file) {
  let params = stableParams(f.params);
  return { file, rule: f.ruleId, path: pointer(f.path), message: f.messageId ?? f.message, ...params ? { params } : {} };
}
function keyOf(e) {
  return JSON.stringify([e.file, e.rule, e.path, e.message, e.params ?? null]);
}
function recordable(f) {
  return f.severity === "error" || f.severity === "warning";
}
function makeBaseline(findings, fileOf) {
  let entries = /* @__PURE__ */ new Map();
  for (let f of findings) {
    if (!recordable(f)) continue;
    let e = entryOf(f, fileOf(f)), k = keyOf(e), have = entries.get(k);
    have ? have.count++ : entries.set(k, { ...e, count: 1 });
  }
  return { version: 1, entries: [...entries.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([, e]) => e) };
}
function applyBaseline(findings, baseline, fileOf) {
  let left = /* @__PURE__ */ new Map();
  baseline.entries.forEach((e, index) => {
    let k = keyOf(e), have = left.get(k);
    have ? have.remaining += e.count : left.set(k, { index, remaining: e.count });
  });
  let kept = [], suppressed = [];
  for (let f of findings) {
    let slot = recordable(f) ? left.get(keyOf(entryOf(f, fileOf(f)))) : void 0;
    slot && slot.remaining > 0 ? (slot.remaining--, suppressed.push(f)) : kept.push(f);
  }
  let stale = [];
  for (let { index, remaining } of left.values())
    if (remaining > 0) {
      let entry = baseline.entries[index], total = baseline.entries.filter((e) => keyOf(e) === keyOf(entry)).reduce((n, e) => n + e.count, 0);
      stale.push({ index, entry, found: total - remaining });
    }
  return stale.sort((a, b) => a.index - b.index), { kept, suppressed, stale };
}

// src/rules/validate.ts
var PARALLEL_MIN = 500;
async function validate(o) {
  let settings = defaultSettings(), configPath = o.configPath ?? findConfig(o.configDir);
  configPath !== void 0 && applyConfig(settings, readConfig(configPath, displayPath(configPath, o.cwd)), displayPath(configPath, o.cwd));
  for (let flag of o.ruleFlags) applyFlag(settings, flag);
  let outcomes = [], paths = o.inputs.filter((i) => i !== "-");
  if (paths.length < o.inputs.length) {
    if (!o.readStdin) throw new UsageError("Standard input is not available");
    outcomes.push(outcomeOf(loadStandardText("<stdin>", await o.readStdin()), settings));
  }
  let { files, missing } = await expandInputs(paths, o.cwd);
  if (missing.length > 0) throw new UsageError(`Nothing to validate at ${missing.map((m) => `"${m}"`).join(", ")}: no such file, folder or matching YAML file`);
  let named = files.map((path) => ({ path, display: displayPath(path, o.cwd) })), cacheSpec = o.cache ? { dir: o.cache.dir, salt: `${o.cache.salt}:${JSON.stringify([...settings].sort())}` } : void 0, cache = cacheSpec ? new FileCache(cacheSpec.dir, cacheSpec.salt) : void 0, results = named.map((f) => {
    let hit = cache?.get(f.path);
    return hit && hit.file === f.display ? hit : void 0;
  }), misses = named.flatMap((f, i) => results[i] ? [] : [{ ...f, i }]), jobs = o.jobs ?? defaultJobs(), script = jobs > 1 && misses.length >= PARALLEL_MIN ? workerScript() : void 0, here = (f) => checkFile(f.path, f.display, settings, cache, !1);
  if (script) (await checkInWorkers(misses, settings, jobs, script, here, cacheSpec)).forEach((x, k) => results[misses[k].i] = x);
  else for (let f of misses) results[f.i] = here(f);
  if (outcomes.push(...results), outcomes.length === 0) throw new UsageError("No standard files to validate");
  let heads = outcomes.flatMap((x) => x.head ? [{ file: x.file, standard: x.head }] : []), pathOf = new Map(named.map((f) => [f.display, f.path])), sources = new Map(outcomes.flatMap((x) => x.text !== void 0 ? [[x.file, x.text]] : [])), catalogFindings = runCatalogRules(heads, settings, (file, path, key) => {
    let loaded = loadStandardFile(pathOf.get(file) ?? file, file);
    loaded.text !== void 0 && sources.set(file, loaded.text);
    let parsed = loaded.parsed;
    return parsed ? locate(parsed.doc, parsed.lineCounter, path, key) : { line: 1, column: 1 };
  }), names = outcomes.map((x) => x.file), findings = sortFindings([...outcomes.flatMap((x) => x.findings), ...catalogFindings], names);
  return { ...withBaseline(findings, o, sources), files: names, sources };
}
function withBaseline(findings, o, sources) {
  let none = { findings, suppressed: 0, suppressedFindings: [] }, path = o.writeBaseline ?? o.baseline;
  if (path === void 0) return none;
  let abs = resolve(o.cwd, path), display = displayPath(abs, o.cwd), fileOf = (f) => f.file.startsWith("<") ? f.file : relative(dirname(abs), isAbsolute(f.file) ? f.file : resolve(o.cwd, f.file)).split(sep).join("/");
  if (o.writeBaseline !== void 0) {
    let baseline = makeBaseline(findings, fileOf);
    writeBaseline(abs, baseline, display);
    let { kept: kept2, suppressed: suppressed2 } = applyBaseline(findings, baseline, fileOf);
    return { findings: kept2, suppressed: suppressed2.length, suppressedFindings: suppressed2, baselineWritten: { file: display, entries: baseline.entries.length, findings: suppressed2.length } };
  }
  let loaded = readBaseline(abs, display), { kept, suppressed, stale } = applyBaseline(findings, loaded.baseline, fileOf);
  stale.length > 0 && sources.set(display, loaded.text);
  let staleFindings = stale.map(({ index, entry, found }) => {
    let m = msg("findings.baseline.stale", { rule: entry.rule, file: entry.file, message: entry.message, count: entry.count, found });
    return { ruleId: BASELINE_CHECK.id, severity: BASELINE_CHECK.severity, message: t(DEFAULT_LANG, m), messageId: m.id, params: m.params, file: display, line: loaded.lines[index] ?? 1, column: 1 };
  });
  return { findings: [...kept, ...staleFindings], suppressed: suppressed.length, suppressedFindings: suppressed };
}
export {
  validate
};
