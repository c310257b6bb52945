import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  INDEX_CODECS,
  partsOf,
  readIndexedFile,
  serveBatches
} from "./chunks/chunk-KFN3F2EG.js";
import "./chunks/chunk-MZUFCQFQ.js";
import "./chunks/chunk-C42NAGJO.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-5BHPBIFA.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-S36RTSRW.js";
import "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-SG52LJXQ.js";
import "./chunks/chunk-TSIMHICY.js";
import "./chunks/chunk-QDICOLGG.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/query/index-worker.ts
serveBatches((paths) => Promise.all(paths.map((p) => readIndexedFile(p, partsOf, INDEX_CODECS))));
