import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_STANDARD_BYTES,
  readFileBounded,
  readStreamBounded,
  readTextBounded
} from "./chunk-LOEVOGZX.js";
import "./chunk-BQQK7TXE.js";
import "./chunk-HE2ZO57D.js";
import "./chunk-PJ6LIDDK.js";
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
