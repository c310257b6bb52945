import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_DOCUMENT_BYTES,
  readTextBounded
} from "./chunk-QKV6D4AO.js";
import "./chunk-XIKJDTQ2.js";
import "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/text-file.ts
function readTextFile(path, shown) {
  return readTextBounded(path, shown, MAX_DOCUMENT_BYTES);
}
export {
  readTextFile
};
