import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  takeBatches
} from "./chunks/chunk-R2VAW5DY.js";
import {
  checkFile
} from "./chunks/chunk-2LUITLHF.js";
import {
  FileCache
} from "./chunks/chunk-O45Z3SX2.js";
import "./chunks/chunk-XVJVZHK5.js";
import "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-DE7SVJ27.js";
import "./chunks/chunk-OX7EX2RD.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-PWR5QEH6.js";
import "./chunks/chunk-4ZFAVBGW.js";
import "./chunks/chunk-655AMDMP.js";
import "./chunks/chunk-KVAWWGG5.js";
import "./chunks/chunk-QKV6D4AO.js";
import "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-XIKJDTQ2.js";
import "./chunks/chunk-NTGAD4TH.js";
import "./chunks/chunk-J3TOLC5V.js";
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
