import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CONFIG_KEYS,
  findConfig,
  readConfig,
  readRepoConfig
} from "./chunk-UXLME7L4.js";
import "./chunk-ED2TTB4K.js";
import {
  CONFIG_FILE
} from "./chunk-655AMDMP.js";
import "./chunk-QKV6D4AO.js";
import "./chunk-XIKJDTQ2.js";
import "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CONFIG_FILE,
  CONFIG_KEYS,
  findConfig,
  readConfig,
  readRepoConfig
};
