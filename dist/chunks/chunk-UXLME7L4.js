import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ED2TTB4K.js";
import {
  CONFIG_FILE
} from "./chunk-655AMDMP.js";
import {
  MAX_CONFIG_BYTES,
  readTextBounded
} from "./chunk-QKV6D4AO.js";
import {
  UsageError
} from "./chunk-NTGAD4TH.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import {
  __toESM
} from "./chunk-XYDU2MH7.js";

// src/load/config-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { join } from "node:path";
function readConfig(path, display) {
  let text = readTextBounded(path, display, MAX_CONFIG_BYTES);
  try {
    return (0, import_yaml.parse)(text, { uniqueKeys: !0, maxAliasCount: 10 });
  } catch (e) {
    throw new UsageError(`${display}: ${e.message.split(`
`)[0]}`);
  }
}
function findConfig(dir) {
  let path = join(dir, CONFIG_FILE);
  return existsSync(path) ? path : void 0;
}
var CONFIG_KEYS = ["catalog", "reference", "rules"];
function readRepoConfig(path, display) {
  let data = readConfig(path, display);
  if (data == null) return {};
  if (typeof data != "object" || Array.isArray(data)) throw new UsageError(msg("repo.config.notMapping", { file: display, keys: [...CONFIG_KEYS] }));
  let config = data;
  for (let key of Object.keys(config))
    if (!CONFIG_KEYS.includes(key)) throw new UsageError(msg("repo.config.unknownKey", { file: display, key, keys: [...CONFIG_KEYS] }));
  let out = {};
  if (config.catalog !== void 0 && config.catalog !== null) {
    if (typeof config.catalog != "string" || config.catalog.trim() === "" || config.catalog.includes("\0"))
      throw new UsageError(msg("repo.config.catalogType", { file: display }));
    out.catalog = config.catalog;
  }
  if (config.reference !== void 0 && config.reference !== null) {
    if (config.reference !== "bundled" && config.reference !== "none")
      throw new UsageError(msg("repo.config.reference", { file: display, value: JSON.stringify(config.reference) }));
    out.reference = config.reference;
  }
  return config.rules !== void 0 && (out.rules = config.rules), out;
}

export {
  readConfig,
  findConfig,
  CONFIG_KEYS,
  readRepoConfig
};
