/**
 * Work on several threads: items go to workers in batches, each worker taking the next batch as it
 * finishes the last, so a slow batch doesn't hold the others back. The worker script serves
 * batches with `serveBatches`.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

export interface PoolOptions {
  /** Threads to start (at most one per batch). */
  jobs: number;
  /** Items per message. */
  batch: number;
  /** Given to each worker as `workerData`. */
  workerData?: unknown;
  /** The young generation of each worker (MB): larger for work that allocates much and briefly. */
  youngGenerationMb?: number;
}

/** Threads worth starting on this machine: one per core, at most four. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Hands each result to `each`, with the index of its item, as its batch comes back (in no set
 * order): nothing is kept, so a caller that writes results away holds none of them.
 */
export async function eachInWorkers<I, O>(script: string, items: readonly I[], o: PoolOptions, each: (index: number, result: O) => void): Promise<void> {
  const batches: Array<{ start: number; items: I[] }> = [];
  for (let i = 0; i < items.length; i += o.batch) batches.push({ start: i, items: items.slice(i, i + o.batch) });
  let next = 0;
  const resourceLimits = o.youngGenerationMb ? { maxYoungGenerationSizeMb: o.youngGenerationMb } : undefined;
  const workers = Array.from({ length: Math.min(o.jobs, batches.length) }, () => new Worker(script, { workerData: o.workerData, resourceLimits }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current: (typeof batches)[number] | undefined;
            const feed = () => {
              current = batches[next++];
              if (current) worker.postMessage(current.items);
              else resolve();
            };
            worker.on('message', (results: O[]) => {
              try {
                results.forEach((r, k) => each(current!.start + k, r));
              } catch (e) {
                reject(e instanceof Error ? e : new Error(String(e)));
                return;
              }
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (current !== undefined && code !== 0) reject(new Error(`a worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** In a worker script: answers each batch the pool sends with `work`'s results, in order. */
export function serveBatches<I, O>(work: (batch: I[]) => O[] | Promise<O[]>): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches runs in a worker thread');
  port.on('message', (batch: I[]) => {
    void Promise.resolve(work(batch)).then((results) => port.postMessage(results));
  });
}
