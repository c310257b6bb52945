import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-Q57HCPD7.js";
import {
  FileCache
} from "./chunks/chunk-FJSQAXIL.js";
import "./chunks/chunk-LLWRJTKT.js";
import "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-F3Q3QE2I.js";
import "./chunks/chunk-W7JBNES3.js";
import "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-HXRQNW7Y.js";
import "./chunks/chunk-CZVAYGWI.js";
import "./chunks/chunk-ZLPRX6IM.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/rules/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData, settings = new Map(data.settings), cache = data.cache ? new FileCache(data.cache.dir, data.cache.salt) : void 0;
parentPort.on("message", (batch) => {
  parentPort.postMessage(batch.map((f) => checkFile(f.path, f.display, settings, cache, !1)));
});
