import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  takeBatches
} from "./chunks/chunk-6QQCZCI2.js";
import {
  checkFile
} from "./chunks/chunk-UC72IJKR.js";
import {
  FileCache
} from "./chunks/chunk-IK5GT467.js";
import "./chunks/chunk-45TUQO5J.js";
import "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-6SDLXVWP.js";
import "./chunks/chunk-EHYRZAZS.js";
import "./chunks/chunk-TVRLEEFG.js";
import "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-3XL5FPGD.js";
import "./chunks/chunk-YLRZF6HM.js";
import "./chunks/chunk-CB34R644.js";
import "./chunks/chunk-3UH4GFT2.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/rules/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData, settings = new Map(data.settings), cache = data.cache ? new FileCache(data.cache.dir, data.cache.salt) : void 0;
takeBatches(
  data.files,
  new Int32Array(data.next),
  (f) => checkFile(f.path, f.display, settings, cache, !1),
  (start, outcomes) => parentPort.postMessage({ start, outcomes })
);
parentPort.postMessage({ done: !0 });
