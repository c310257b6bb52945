import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  applyConfig,
  applyFlag,
  defaultSettings
} from "./chunk-H2UMPA65.js";
import {
  findConfig,
  readConfig
} from "./chunk-RRDEH5OG.js";
import {
  expandInputs
} from "./chunk-ZAREEZYM.js";
import {
  displayPath,
  packageRoot
} from "./chunk-LCBOUO6Y.js";
import {
  checkFile,
  outcomeOf,
  runCatalogRules,
  sortFindings
} from "./chunk-L5KW6NSK.js";
import {
  FileCache
} from "./chunk-FJSQAXIL.js";
import "./chunk-5DAPXD3O.js";
import "./chunk-7ZUBZPJB.js";
import {
  loadStandardFile,
  loadStandardText,
  locate
} from "./chunk-S52RXMJT.js";
import "./chunk-ATENLZNL.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-LAHJLECP.js";
import {
  UsageError
} from "./chunk-P5ZE4NYG.js";
import "./chunk-MPI6B4TR.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/rules/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
var BATCH = 40, YOUNG_GENERATION_MB = 48;
function workerScript() {
  let path = join(packageRoot(), "dist", "validate-worker.js");
  return existsSync(path) ? path : void 0;
}
function defaultJobs() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
async function checkInWorkers(files, settings, jobs, script, cache) {
  let batches = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push({ start: i, files: files.slice(i, i + BATCH) });
  let out = new Array(files.length), next = 0, workers = Array.from({ length: Math.min(jobs, batches.length) }, () => new Worker(script, { workerData: { settings: [...settings], cache }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          let current, feed = () => {
            current = batches[next++], current ? worker.postMessage(current.files) : resolve();
          };
          worker.on("message", (outcomes) => {
            outcomes.forEach((o, k) => out[current.start + k] = o), feed();
          }), worker.on("error", reject), worker.on("exit", (code) => {
            current !== void 0 && next <= batches.length && code !== 0 && reject(new Error(`a validation worker exited with code ${code}`));
          }), feed();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
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
  }), misses = named.flatMap((f, i) => results[i] ? [] : [{ ...f, i }]), jobs = o.jobs ?? defaultJobs(), script = jobs > 1 && misses.length >= PARALLEL_MIN ? workerScript() : void 0;
  if (script) (await checkInWorkers(misses, settings, jobs, script, cacheSpec)).forEach((x, k) => results[misses[k].i] = x);
  else for (let f of misses) results[f.i] = checkFile(f.path, f.display, settings, cache, !1);
  if (outcomes.push(...results), outcomes.length === 0) throw new UsageError("No standard files to validate");
  let heads = outcomes.flatMap((x) => x.head ? [{ file: x.file, standard: x.head }] : []), pathOf = new Map(named.map((f) => [f.display, f.path])), sources = new Map(outcomes.flatMap((x) => x.text !== void 0 ? [[x.file, x.text]] : [])), catalogFindings = runCatalogRules(heads, settings, (file, path, key) => {
    let loaded = loadStandardFile(pathOf.get(file) ?? file, file);
    loaded.text !== void 0 && sources.set(file, loaded.text);
    let parsed = loaded.parsed;
    return parsed ? locate(parsed.doc, parsed.lineCounter, path, key) : { line: 1, column: 1 };
  }), names = outcomes.map((x) => x.file);
  return { findings: sortFindings([...outcomes.flatMap((x) => x.findings), ...catalogFindings], names), files: names, sources };
}
export {
  validate
};
