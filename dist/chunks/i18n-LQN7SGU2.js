import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  DEFAULT_LANG,
  LANGS,
  isMessage,
  msg,
  parseLang,
  render
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  DEFAULT_LANG,
  LANGS,
  isMessage,
  msg,
  parseLang,
  render
};
