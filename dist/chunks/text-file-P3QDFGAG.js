import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_DOCUMENT_BYTES,
  readTextBounded
} from "./chunk-LOEVOGZX.js";
import "./chunk-BQQK7TXE.js";
import "./chunk-HE2ZO57D.js";
import "./chunk-PJ6LIDDK.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/text-file.ts
function readTextFile(path, shown) {
  return readTextBounded(path, shown, MAX_DOCUMENT_BYTES);
}
export {
  readTextFile
};
