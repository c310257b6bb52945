import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  serveBatches
} from "./chunks/chunk-CFI543AG.js";
import {
  INDEX_CODECS,
  partsOf,
  readIndexedFile
} from "./chunks/chunk-BSUAORTV.js";
import "./chunks/chunk-3SLZXZH5.js";
import "./chunks/chunk-H3255PXU.js";
import "./chunks/chunk-C42NAGJO.js";
import "./chunks/chunk-5BHPBIFA.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-KVAWWGG5.js";
import "./chunks/chunk-QKV6D4AO.js";
import "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-XIKJDTQ2.js";
import "./chunks/chunk-NTGAD4TH.js";
import "./chunks/chunk-J3TOLC5V.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/query/index-worker.ts
serveBatches((paths) => Promise.all(paths.map((p) => readIndexedFile(p, partsOf, INDEX_CODECS))));
