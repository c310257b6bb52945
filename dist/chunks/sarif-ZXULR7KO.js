import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function sarif(report, o) {
  let index = new Map(o.rules.map((r, i) => [r.id, i])), uri = (file) => file.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/"), log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "compstd",
            version: o.version,
            informationUri: "https://compstd.dev",
            rules: o.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: `https://compstd.dev/${r.docs}`,
              defaultConfiguration: { level: LEVEL[r.severity] }
            }))
          }
        },
        artifacts: report.files.map((f) => ({ location: { uri: uri(f) } })),
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ...index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {},
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(f.file), index: report.files.indexOf(f.file) },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...f.endLine !== void 0 && f.endLine >= f.line ? { endLine: f.endLine } : {},
                  ...f.endColumn !== void 0 && f.endLine !== void 0 && (f.endLine > f.line || f.endColumn > f.column) ? { endColumn: f.endColumn } : {}
                }
              }
            }
          ]
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
export {
  sarif
};
