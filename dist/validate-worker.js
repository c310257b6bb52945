import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-L5KW6NSK.js";
import {
  FileCache
} from "./chunks/chunk-FJSQAXIL.js";
import "./chunks/chunk-5DAPXD3O.js";
import "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-S52RXMJT.js";
import "./chunks/chunk-ATENLZNL.js";
import "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-LAHJLECP.js";
import "./chunks/chunk-P5ZE4NYG.js";
import "./chunks/chunk-MPI6B4TR.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/rules/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData, settings = new Map(data.settings), cache = data.cache ? new FileCache(data.cache.dir, data.cache.salt) : void 0;
parentPort.on("message", (batch) => {
  parentPort.postMessage(batch.map((f) => checkFile(f.path, f.display, settings, cache, !1)));
});
