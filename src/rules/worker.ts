/** A validation worker: checks the batches of files it is sent and posts back their outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileCache } from '../load/cache.js';
import type { RuleSetting } from './types.js';
import { checkFile, type FileOutcome } from './check-file.js';

const data = workerData as { settings: Array<[string, RuleSetting]>; cache?: { dir: string; salt: string } };
const settings = new Map(data.settings);
const cache = data.cache ? new FileCache<FileOutcome>(data.cache.dir, data.cache.salt) : undefined;

parentPort!.on('message', (batch: Array<{ path: string; display: string }>) => {
  // The main thread has looked in the cache already: these files are the misses.
  parentPort!.postMessage(batch.map((f) => checkFile(f.path, f.display, settings, cache, false)));
});
