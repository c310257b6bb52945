/** A validation worker: takes batches of files from the shared counter and posts back their outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileCache } from '../load/cache.js';
import { checkFile, type FileOutcome } from './check-file.js';
import { takeBatches, type WorkerInput, type WorkerMessage } from './pool.js';

const data = workerData as WorkerInput;
const settings = new Map(data.settings);
const cache = data.cache ? new FileCache<FileOutcome>(data.cache.dir, data.cache.salt) : undefined;

// The main thread has looked in the cache already: these files are the misses.
takeBatches(
  data.files,
  new Int32Array(data.next),
  (f) => checkFile(f.path, f.display, settings, cache, false),
  (start, outcomes) => parentPort!.postMessage({ start, outcomes } satisfies WorkerMessage),
);
parentPort!.postMessage({ done: true } satisfies WorkerMessage);
