import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  builtWorkerScript
} from "./chunk-655AMDMP.js";

// src/rules/pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var BATCH = 20, YOUNG_GENERATION_MB = 16, workerScript = builtWorkerScript;
function defaultJobs() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
function takeBatches(files, next, check, done) {
  for (; ; ) {
    let start = Atomics.add(next, 0, BATCH);
    if (start >= files.length) return;
    let end = Math.min(start + BATCH, files.length), outcomes = [];
    for (let i = start; i < end; i++) outcomes.push(check(files[i]));
    done(start, outcomes);
  }
}
async function checkInWorkers(files, settings, jobs, script, here, cache) {
  let out = new Array(files.length), next = new SharedArrayBuffer(4), input = { settings: [...settings], cache, files, next }, workers = Array.from({ length: Math.max(0, jobs - 1) }, () => new Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  try {
    let finished = workers.map(
      (worker) => new Promise((resolve, reject) => {
        let done = !1;
        worker.on("message", (m) => {
          "done" in m ? (done = !0, resolve()) : m.outcomes.forEach((o, k) => out[m.start + k] = o);
        }), worker.on("error", reject), worker.on("exit", (code) => {
          done || reject(new Error(`a validation worker exited with code ${code}`));
        });
      })
    ), all = Promise.all(finished);
    all.catch(() => {
    }), takeBatches(files, new Int32Array(next), here, (start, outcomes) => outcomes.forEach((o, k) => out[start + k] = o)), await all;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

export {
  workerScript,
  defaultJobs,
  takeBatches,
  checkInWorkers
};
