import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/index.ts
async function formatFindings(format, report, o) {
  switch (format) {
    case "stylish": {
      let [{ stylish }, { prepareDisplayWidth }] = await Promise.all([import("./stylish-ALBSAFZ7.js"), import("./width-OCSXXFQT.js")]);
      return await prepareDisplayWidth(report.findings.map((f) => report.sources.get(f.file)?.split(`
`)[f.line - 1] ?? "")), stylish(report, o);
    }
    case "json":
      return (await import("./json-AZ7YWE3B.js")).findingsJson(report);
    case "github":
      return (await import("./github-P6LWPHBZ.js")).github(report);
    case "junit":
      return (await import("./junit-RFVYPUWQ.js")).junit(report);
    case "sarif": {
      let [{ sarif }, { RULES, LOAD_CHECKS }, { VERSION }] = await Promise.all([
        import("./sarif-ZXULR7KO.js"),
        import("./registry-GT2I44ZD.js"),
        import("./version-A3RGC2T2.js")
      ]);
      return sarif(report, { version: VERSION, rules: [...LOAD_CHECKS, ...RULES.map((r) => r.meta)] });
    }
  }
}
export {
  formatFindings
};
