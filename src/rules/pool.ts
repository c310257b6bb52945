/**
 * Checks files on several threads: batches go to workers as they finish the last, so a slow file
 * doesn't hold the others back. The outcomes come back in the order of the files.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtWorkerScript } from '../load/paths.js';
import type { Settings } from './config.js';
import type { FileOutcome } from './check-file.js';

const BATCH = 40;

/** A larger young generation than the default: parsing allocates much and briefly (~15% faster). */
const YOUNG_GENERATION_MB = 48;

/** The bundled worker script, or undefined when compstd runs from sources that were not built. */
export const workerScript = builtWorkerScript;

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export async function checkInWorkers(
  files: ReadonlyArray<{ path: string; display: string }>,
  settings: Settings,
  jobs: number,
  script: string,
  cache?: { dir: string; salt: string },
): Promise<FileOutcome[]> {
  const batches: Array<{ start: number; files: Array<{ path: string; display: string }> }> = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push({ start: i, files: files.slice(i, i + BATCH) });
  const out = new Array<FileOutcome>(files.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, batches.length) }, () => new Worker(script, { workerData: { settings: [...settings], cache }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current: (typeof batches)[number] | undefined;
            const feed = () => {
              current = batches[next++];
              if (current) worker.postMessage(current.files);
              else resolve();
            };
            worker.on('message', (outcomes: FileOutcome[]) => {
              outcomes.forEach((o, k) => (out[current!.start + k] = o));
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (current !== undefined && next <= batches.length && code !== 0) reject(new Error(`a validation worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
