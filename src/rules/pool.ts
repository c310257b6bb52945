/**
 * Checks files on several threads: this one and `jobs - 1` workers. Every thread takes the next
 * batch of files from one shared counter as it finishes the last, so a slow file (or a thread the
 * machine gives less time) doesn't hold the others back, and nothing waits for a message to get
 * work. The outcomes come back in the order of the files.
 *
 * This thread works too: a worker is one more V8 isolate (its own heap, its own warm-up of the
 * parser, the schema check and the rules), and on a machine whose cores are busy it only adds
 * that cost; with `jobs` = the cores, there are as many threads at work as cores.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtWorkerScript } from '../load/paths.js';
import type { Settings } from './config.js';
import type { RuleSetting } from './types.js';
import type { FileOutcome } from './check-file.js';

/** Files a thread takes at a time: ~30 ms of work, small enough that the threads end together. */
export const BATCH = 20;

/**
 * The workers' young generation. Parsing allocates much and briefly; 48 MB (tried before) cost
 * ~45 MB of peak memory more than 16 MB and saved no measurable time (bench/validate.mjs, 3,000 files).
 */
const YOUNG_GENERATION_MB = 16;

/** The bundled worker script, or undefined when compstd runs from sources that were not built. */
export const workerScript = builtWorkerScript;

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

type File = { path: string; display: string };

/** What a worker is given: the files, the shared counter of the next file to take, and how to check. */
export interface WorkerInput {
  settings: Array<[string, RuleSetting]>;
  cache?: { dir: string; salt: string };
  files: File[];
  /** An Int32Array's buffer: [0] is the index of the next file no thread has taken. */
  next: SharedArrayBuffer;
}

/** What a worker posts: the outcomes of a batch from `start`, or that it is done. */
export type WorkerMessage = { start: number; outcomes: FileOutcome[] } | { done: true };

/** Takes batches from the counter and checks them, until none is left. */
export function takeBatches(files: readonly File[], next: Int32Array, check: (f: File) => FileOutcome, done: (start: number, outcomes: FileOutcome[]) => void): void {
  for (;;) {
    const start = Atomics.add(next, 0, BATCH);
    if (start >= files.length) return;
    const end = Math.min(start + BATCH, files.length);
    const outcomes: FileOutcome[] = [];
    for (let i = start; i < end; i++) outcomes.push(check(files[i]!));
    done(start, outcomes);
  }
}

export async function checkInWorkers(
  files: File[],
  settings: Settings,
  jobs: number,
  script: string,
  here: (f: File) => FileOutcome,
  cache?: { dir: string; salt: string },
): Promise<FileOutcome[]> {
  const out = new Array<FileOutcome>(files.length);
  const next = new SharedArrayBuffer(4);
  const input: WorkerInput = { settings: [...settings], cache, files, next };
  const workers = Array.from({ length: Math.max(0, jobs - 1) }, () => new Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  try {
    const finished = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let done = false;
          worker.on('message', (m: WorkerMessage) => {
            if ('done' in m) {
              done = true;
              resolve();
            } else m.outcomes.forEach((o, k) => (out[m.start + k] = o));
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (!done) reject(new Error(`a validation worker exited with code ${code}`));
          });
        }),
    );
    const all = Promise.all(finished);
    // If this thread's own check throws first, that error is the one reported; the workers'
    // ending (terminated below) must not surface as an unhandled rejection.
    all.catch(() => undefined);
    // While the workers start, and then beside them, this thread takes batches too.
    takeBatches(files, new Int32Array(next), here, (start, outcomes) => outcomes.forEach((o, k) => (out[start + k] = o)));
    await all;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
