import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/i18n.ts
var LANGS = ["zh-Hant", "en"], DEFAULT_LANG = "zh-Hant";
function msg(id, params) {
  return params === void 0 ? { id } : { id, params };
}
function isMessage(value) {
  return typeof value == "object" && value !== null && typeof value.id == "string" && !Array.isArray(value);
}
function parseLang(value) {
  if (value === void 0) return;
  let v = value.trim().toLowerCase().replace(/_/g, "-");
  if (v !== "") {
    if (v === "en" || v.startsWith("en-") || v.startsWith("en.")) return "en";
    if (v === "zh" || v.startsWith("zh-") || v.startsWith("zh.")) return "zh-Hant";
  }
}
function fill(template, params) {
  return typeof template == "function" ? template(params) : template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name) => {
    let v = params[name];
    return v === void 0 ? whole : Array.isArray(v) ? v.join(", ") : String(v);
  });
}
function render(catalogues, lang, m) {
  let template = catalogues[lang][m.id] ?? catalogues[DEFAULT_LANG][m.id], params = m.params ?? {};
  if (template === void 0) {
    let values = Object.entries(params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`);
    return values.length > 0 ? `${m.id} (${values.join(", ")})` : m.id;
  }
  return fill(template, params);
}

export {
  LANGS,
  DEFAULT_LANG,
  msg,
  isMessage,
  parseLang,
  render
};
