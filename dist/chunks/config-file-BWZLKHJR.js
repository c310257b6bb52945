import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CONFIG_KEYS,
  findConfig,
  readConfig,
  readRepoConfig
} from "./chunk-VEMA2JHU.js";
import {
  CONFIG_FILE
} from "./chunk-655AMDMP.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-S36RTSRW.js";
import "./chunk-SG52LJXQ.js";
import "./chunk-TSIMHICY.js";
import "./chunk-QDICOLGG.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CONFIG_FILE,
  CONFIG_KEYS,
  findConfig,
  readConfig,
  readRepoConfig
};
