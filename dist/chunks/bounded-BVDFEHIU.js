import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
} from "./chunk-S36RTSRW.js";
import "./chunk-SG52LJXQ.js";
import "./chunk-TSIMHICY.js";
import "./chunk-QDICOLGG.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
};
