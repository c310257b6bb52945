import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CONFIG_KEYS
} from "./chunk-UXLME7L4.js";
import {
  PUBLISHED_CHECKS,
  RULES
} from "./chunk-XVJVZHK5.js";
import {
  UsageError
} from "./chunk-NTGAD4TH.js";

// src/rules/config.ts
var SETTINGS = ["error", "warning", "info", "off"];
function defaultSettings() {
  return new Map([...RULES.map((r) => [r.meta.id, r.meta.severity]), ...PUBLISHED_CHECKS.map((m) => [m.id, m.severity])]);
}
var PUBLISHED_IDS = new Set(PUBLISHED_CHECKS.map((m) => m.id));
function setting(id, value, where) {
  if (!RULES.some((r) => r.meta.id === id) && !PUBLISHED_IDS.has(id))
    throw new UsageError(`${where}: there is no rule "${id}" (compstd rules lists them)`);
  if (typeof value != "string" || !SETTINGS.includes(value))
    throw new UsageError(`${where}: rule ${id} must be one of ${SETTINGS.join(", ")}, not ${JSON.stringify(value)}`);
  if (PUBLISHED_IDS.has(id) && value === "error") throw new UsageError(`${where}: ${id} is a defect of a published document: warning, info or off, not error`);
  return value;
}
function applyConfig(settings, config, where) {
  if (config == null) return;
  if (typeof config != "object" || Array.isArray(config)) throw new UsageError(`${where}: expected a mapping with a "rules" key`);
  for (let key of Object.keys(config))
    if (!CONFIG_KEYS.includes(key)) throw new UsageError(`${where}: unknown key "${key}" (expected ${CONFIG_KEYS.join(", ")})`);
  let rules = config.rules;
  if (rules != null) {
    if (typeof rules != "object" || Array.isArray(rules)) throw new UsageError(`${where}: "rules" must map rule ids to ${SETTINGS.join(", ")}`);
    for (let [id, value] of Object.entries(rules)) settings.set(id, setting(id, value, where));
  }
}
function applyFlag(settings, flag) {
  let m = /^([a-z0-9-]+)=([a-z]+)$/.exec(flag.trim());
  if (!m) throw new UsageError(`--rule ${flag}: expected id=severity, e.g. --rule code-gap=off`);
  settings.set(m[1], setting(m[1], m[2], `--rule ${flag}`));
}

export {
  defaultSettings,
  applyConfig,
  applyFlag
};
