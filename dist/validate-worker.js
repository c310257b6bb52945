import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-EIC25LGF.js";
import {
  FileCache
} from "./chunks/chunk-IK5GT467.js";
import "./chunks/chunk-TOJ5LFZB.js";
import "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-6SDLXVWP.js";
import "./chunks/chunk-EHYRZAZS.js";
import "./chunks/chunk-TVRLEEFG.js";
import "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-YLRZF6HM.js";
import "./chunks/chunk-CB34R644.js";
import "./chunks/chunk-3UH4GFT2.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/rules/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData, settings = new Map(data.settings), cache = data.cache ? new FileCache(data.cache.dir, data.cache.salt) : void 0;
parentPort.on("message", (batch) => {
  parentPort.postMessage(batch.map((f) => checkFile(f.path, f.display, settings, cache, !1)));
});
