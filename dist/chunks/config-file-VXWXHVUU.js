import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CONFIG_KEYS,
  findConfig,
  readConfig,
  readRepoConfig
} from "./chunk-XHI4FCTA.js";
import {
  CONFIG_FILE
} from "./chunk-655AMDMP.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-TVRLEEFG.js";
import "./chunk-YLRZF6HM.js";
import "./chunk-CB34R644.js";
import "./chunk-3UH4GFT2.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CONFIG_FILE,
  CONFIG_KEYS,
  findConfig,
  readConfig,
  readRepoConfig
};
