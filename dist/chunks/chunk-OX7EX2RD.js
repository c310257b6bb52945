import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ED2TTB4K.js";
import {
  validate
} from "./chunk-4ZFAVBGW.js";
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG,
  msg
} from "./chunk-TE5S4JRX.js";
import {
  __toESM
} from "./chunk-XYDU2MH7.js";

// src/load/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function loadFinding(file, ruleId, severity, m, line = 1, column = 1) {
  return { ruleId, severity, message: t(DEFAULT_LANG, m), messageId: m.id, ...m.params ? { params: m.params } : {}, file, line, column };
}
function unclosedFlow(text) {
  let found2, check = (node) => {
    let n = node;
    if (n?.type !== "flow-collection" || !n.start) return;
    !(n.end ?? []).some((x) => x.type === "flow-seq-end" || x.type === "flow-map-end") && (found2 === void 0 || n.start.offset < found2.offset) && (found2 = { offset: n.start.offset, open: n.start.source ?? "[" });
  };
  for (let token of new import_yaml.Parser().parse(text))
    token.type === "document" && (check(token.value), token.value && import_yaml.CST.visit(token, (item) => {
      check(item.key), check(item.value);
    }));
  return found2;
}
var MAX_ALIAS_COUNT = 100;
function yamlFinding(file, err, severity) {
  let pos = err.linePos?.[0] ?? { line: 1, col: 1 }, end = err.linePos?.[1], ruleId = err.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : err.code === "TAG_RESOLVE_FAILED" ? "yaml-unknown-tag" : err.code === "RESOURCE_EXHAUSTION" ? "yaml-too-deep" : "yaml-syntax", detail = err.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, ""), id = severity !== "error" && ruleId === "yaml-syntax" ? "findings.yaml.warning" : { "yaml-duplicate-key": "findings.yaml.duplicateKey", "yaml-unknown-tag": "findings.yaml.unknownTag", "yaml-too-deep": "findings.yaml.tooDeep", "yaml-syntax": "findings.yaml.syntax" }[ruleId];
  return { ...loadFinding(file, ruleId, severity, msg(id, { detail }), pos.line, pos.col), ...end ? { endLine: end.line, endColumn: end.col } : {} };
}
function unclosedFinding(file, text, lineCounter, err) {
  let open = unclosedFlow(text), gaveUp = err.linePos?.[0];
  if (!open || !gaveUp) return;
  let at = lineCounter.linePos(open.offset), detail = err.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, ""), m = msg("findings.yaml.unclosed", { open: open.open, line: at.line, column: at.col, endLine: gaveUp.line, endColumn: gaveUp.col, detail });
  return { ...loadFinding(file, "yaml-syntax", "error", m, at.line, at.col), endLine: gaveUp.line, endColumn: gaveUp.col };
}
function parseYaml(file, source) {
  let bom = source.charCodeAt(0) === 65279, text = bom ? source.slice(1) : source, lineCounter = new import_yaml.LineCounter(), findings = [];
  if (text.trim() === "" || /^(\s*#.*\n?)*\s*$/.test(text))
    return findings.push(loadFinding(file, "empty-file", "error", msg("findings.load.empty"))), { file, text, bom, doc: void 0, lineCounter, value: void 0, findings };
  let doc = (0, import_yaml.parseDocument)(text, {
    lineCounter,
    uniqueKeys: !0,
    prettyErrors: !0,
    // YAML 1.2 core schema: 2024-12-15 stays a string; no custom tags are resolved.
    version: "1.2",
    schema: "core",
    merge: !1
  }), seen = /* @__PURE__ */ new Set(), unclosed;
  for (let err of doc.errors) {
    if (seen.has(err.code)) continue;
    seen.add(err.code);
    let f = yamlFinding(file, err, "error");
    if (unclosed === void 0 && f.ruleId === "yaml-syntax" && (unclosed = unclosedFinding(file, text, lineCounter, err), unclosed)) {
      findings.push(unclosed);
      continue;
    }
    findings.push(f);
  }
  for (let warn of doc.warnings)
    findings.push(yamlFinding(file, warn, warn.code === "TAG_RESOLVE_FAILED" ? "error" : "warning"));
  let value;
  if (!findings.some((f) => f.severity === "error"))
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      let pos = lineCounter.linePos(0);
      findings.push(loadFinding(file, "yaml-alias-bomb", "error", msg("findings.yaml.aliasBomb", { detail: e.message }), pos.line, pos.col));
    }
  return { file, text, bom, doc, lineCounter, value, findings };
}

// src/load/locate.ts
var import_yaml2 = __toESM(require_dist(), 1);
function nodeAt(doc, path) {
  let node = doc.contents;
  for (let key of path) {
    if (!(0, import_yaml2.isCollection)(node)) return;
    node = node.get(key, !0);
  }
  return node;
}
function positionOf(range, lc) {
  if (!range) return;
  let start = lc.linePos(range[0]), end = lc.linePos(range[1] ?? range[0]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
var verbatim = /* @__PURE__ */ new WeakMap();
function verbatimLead(node, source) {
  let known = verbatim.get(node);
  if (known !== void 0 && known.source === source) return known.lead;
  let [start, end] = node.range, written = source.slice(start, end), lead = node.type === import_yaml2.Scalar.PLAIN ? 0 : node.type === import_yaml2.Scalar.QUOTE_DOUBLE || node.type === import_yaml2.Scalar.QUOTE_SINGLE ? 1 : void 0;
  return lead !== void 0 && (written.slice(lead, written.length - lead) !== node.value || written.includes(`
`)) && (lead = void 0), verbatim.set(node, { source, lead }), lead;
}
function insideScalar(node, offset, lc, source) {
  if (!(0, import_yaml2.isScalar)(node) || typeof node.value != "string" || !node.range || source === void 0) return;
  let start = node.range[0], lead = verbatimLead(node, source);
  if (lead === void 0) return;
  let at = lc.linePos(start + lead + offset);
  return { line: at.line, column: at.col, endLine: at.line, endColumn: at.col + 1 };
}
function locate(doc, lc, path, key, offset) {
  let fallback = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (!doc) return fallback;
  if (offset !== void 0) {
    let inside = insideScalar(nodeAt(doc, path), offset.at, lc, offset.source);
    if (inside) return inside;
  }
  if (key !== void 0) {
    let map = nodeAt(doc, path);
    if ((0, import_yaml2.isMap)(map)) {
      for (let pair of map.items)
        if ((0, import_yaml2.isPair)(pair) && (0, import_yaml2.isScalar)(pair.key) && String(pair.key.value) === key) {
          let pos = positionOf(pair.key.range, lc);
          if (pos) return pos;
        }
    }
  }
  for (let n = path.length; n >= 0; n--) {
    let node = nodeAt(doc, path.slice(0, n)), pos = positionOf(node?.range, lc);
    if (pos) return pos;
  }
  return fallback;
}
function parsePointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part);
}

// src/load/schema-check.ts
function expectedOf(schema) {
  if (typeof schema != "object" || schema === null) return "value";
  let s = schema;
  return s.type === "integer" || s.type === "null" || s.type === "string" || s.type === "object" || s.type === "array" ? s.type : "value";
}
function found(value) {
  return value === null ? { foundKind: "null" } : Array.isArray(value) ? { foundKind: "array" } : typeof value == "object" ? { foundKind: "object" } : typeof value == "string" ? { foundKind: "string", foundValue: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value) } : typeof value == "number" ? { foundKind: Number.isInteger(value) ? "integer" : "number", foundValue: String(value) } : typeof value == "boolean" ? { foundKind: "boolean", foundValue: String(value) } : { foundKind: typeof value };
}
function where(path) {
  return path.map((p, i) => typeof p == "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function message(err, path) {
  let at = where(path);
  switch (err.keyword) {
    case "additionalProperties":
      return msg("findings.schema.unknownProperty", { at, name: err.params.additionalProperty });
    case "type":
      return msg("findings.schema.type", { at, expected: [expectedOf({ type: err.params.type })], ...found(err.data) });
    case "enum":
      return msg("findings.schema.enum", { at, allowed: err.params.allowedValues.map((v) => JSON.stringify(v)), ...found(err.data) });
    case "anyOf": {
      let branches = (err.parentSchema?.anyOf ?? []).map(expectedOf);
      return msg("findings.schema.type", { at, expected: branches, ...found(err.data) });
    }
    case "pattern":
      return err.schema === "\\S" ? msg("findings.schema.empty", { at }) : path[path.length - 1] === "date" ? msg("findings.schema.date", { at, ...found(err.data) }) : msg("findings.schema.pattern", { at, pattern: String(err.schema), ...found(err.data) });
    case "minimum":
      return msg("findings.schema.minimum", { at, min: String(err.schema), ...found(err.data) });
    default:
      return msg("findings.schema.other", { at, detail: err.message ?? "is not valid" });
  }
}
function typeMatches(schema, data) {
  switch (schema?.type) {
    case "integer":
    case "number":
      return typeof data == "number";
    case "null":
      return data === null;
    case "string":
      return typeof data == "string";
    case "array":
      return Array.isArray(data);
    case "object":
      return typeof data == "object" && data !== null && !Array.isArray(data);
    default:
      return !1;
  }
}
function withoutBranchNoise(errors) {
  let drop = /* @__PURE__ */ new Set();
  for (let anyOf of errors.filter((e) => e.keyword === "anyOf")) {
    let matching = (anyOf.parentSchema?.anyOf ?? []).map((b, i) => typeMatches(b, anyOf.data) ? i : -1).filter((i) => i >= 0), prefix = `${anyOf.schemaPath}/`, keep = matching.length === 1 ? `${prefix}${matching[0]}/` : void 0;
    for (let e of errors)
      e.schemaPath.startsWith(prefix) && (keep === void 0 || !e.schemaPath.startsWith(keep)) && drop.add(e);
    keep !== void 0 && drop.add(anyOf);
  }
  return errors.filter((e) => !drop.has(e));
}
function checkSchema(file, value, doc, lineCounter, validator = validate) {
  if (validator(value)) return [];
  let findings = [], errors = withoutBranchNoise(validator.errors ?? []), missing = /* @__PURE__ */ new Map();
  for (let err of errors) {
    if (err.keyword !== "required") continue;
    let list = missing.get(err.instancePath) ?? [];
    list.push(err.params.missingProperty), missing.set(err.instancePath, list);
  }
  for (let [pointer, props] of missing) {
    let path = parsePointer(pointer);
    findings.push({ ...loadFinding(file, "schema", "error", msg("findings.schema.missing", { at: where(path), props })), ...locate(doc, lineCounter, path), path });
  }
  for (let err of errors) {
    if (err.keyword === "required") continue;
    let path = parsePointer(err.instancePath), key = err.keyword === "additionalProperties" ? err.params.additionalProperty : void 0, pos = locate(doc, lineCounter, path, key);
    findings.push({ ...loadFinding(file, "schema", "error", message(err, path)), ...pos, path: key === void 0 ? path : [...path, key] });
  }
  return findings;
}

export {
  loadFinding,
  parseYaml,
  locate,
  checkSchema
};
