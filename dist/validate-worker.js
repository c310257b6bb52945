import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-RC6VPCOF.js";
import {
  FileCache
} from "./chunks/chunk-IK5GT467.js";
import "./chunks/chunk-CEJG7BHD.js";
import "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-NK4SXLMS.js";
import "./chunks/chunk-OX7EX2RD.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-PWR5QEH6.js";
import "./chunks/chunk-4ZFAVBGW.js";
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
parentPort.on("message", (batch) => {
  parentPort.postMessage(batch.map((f) => checkFile(f.path, f.display, settings, cache, !1)));
});
