import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/sarif.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
var LEVEL = { error: "error", warning: "warning", info: "note" }, SRCROOT = "%SRCROOT%", FINGERPRINT_KEY = "compstdFinding/v1";
function fullDescription(rule) {
  let paragraph = rule.help?.split(/^## What it checks\s*$/m)[1]?.trim().split(/\n\s*\n/)[0]?.trim();
  return paragraph ? plain(paragraph) : rule.description;
}
function plain(markdown) {
  return markdown.replace(/^```.*$/gm, "").replace(/^#+\s*/gm, "").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/\n{3,}/g, `

`).trim();
}
function help(rule) {
  let markdown = rule.help?.trim() || `# ${rule.id}

${rule.description}`;
  return { text: plain(markdown), markdown };
}
function artifactLocation(file, o) {
  let abs = isAbsolute(file) ? file : resolve(o.cwd, file), rel = relative(o.root, abs);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) ? { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT } : { uri: pathToFileURL(abs).href };
}
function lineText(report, f) {
  return report.sources.get(f.file)?.split(/\r?\n/)[f.line - 1]?.trim() ?? "";
}
function identity(f, uri, report) {
  let what = f.messageId !== void 0 ? `${f.messageId} ${JSON.stringify(f.params ?? {})}` : f.message, shape = (f.path ?? []).filter((p) => typeof p == "string").join(".");
  return [f.ruleId, uri, what, shape, lineText(report, f)].join("\0");
}
function sarif(report, o) {
  let index = new Map(o.rules.map((r, i) => [r.id, i])), rootUri = pathToFileURL(o.root.endsWith(sep) ? o.root : `${o.root}${sep}`).href, seen = /* @__PURE__ */ new Map(), results = report.findings.map((f) => {
    let location = artifactLocation(f.file, o), hash = createHash("sha256").update(identity(f, location.uri, report)).digest("hex").slice(0, 32), n = (seen.get(hash) ?? 0) + 1;
    return seen.set(hash, n), {
      ruleId: f.ruleId,
      ...index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {},
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: {
              startLine: f.line,
              startColumn: f.column,
              ...f.endLine !== void 0 && f.endLine >= f.line ? { endLine: f.endLine } : {},
              ...f.endColumn !== void 0 && f.endLine !== void 0 && (f.endLine > f.line || f.endColumn > f.column) ? { endColumn: f.endColumn } : {}
            }
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
      ...f.messageId !== void 0 ? { properties: { messageId: f.messageId, ...f.params ? { params: f.params } : {} } } : {}
    };
  }), log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "compstd",
            version: o.version,
            semanticVersion: o.version,
            rules: o.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: fullDescription(r) },
              help: help(r),
              defaultConfiguration: { level: LEVEL[r.severity] }
            }))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
export {
  FINGERPRINT_KEY,
  SRCROOT,
  sarif
};
