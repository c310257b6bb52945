import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/load/worker-pool.ts
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";
function defaultJobs() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
async function eachInWorkers(script, items, o, each) {
  let batches = [];
  for (let i = 0; i < items.length; i += o.batch) batches.push({ start: i, items: items.slice(i, i + o.batch) });
  let next = 0, resourceLimits = o.youngGenerationMb ? { maxYoungGenerationSizeMb: o.youngGenerationMb } : void 0, workers = Array.from({ length: Math.min(o.jobs, batches.length) }, () => new Worker(script, { workerData: o.workerData, resourceLimits }));
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          let current, feed = () => {
            current = batches[next++], current ? worker.postMessage(current.items) : resolve();
          };
          worker.on("message", (results) => {
            try {
              results.forEach((r, k) => each(current.start + k, r));
            } catch (e) {
              reject(e instanceof Error ? e : new Error(String(e)));
              return;
            }
            feed();
          }), worker.on("error", reject), worker.on("exit", (code) => {
            current !== void 0 && code !== 0 && reject(new Error(`a worker exited with code ${code}`));
          }), feed();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
function serveBatches(work) {
  let port = parentPort;
  if (!port) throw new Error("serveBatches runs in a worker thread");
  port.on("message", (batch) => {
    Promise.resolve(work(batch)).then((results) => port.postMessage(results));
  });
}

export {
  defaultJobs,
  eachInWorkers,
  serveBatches
};
