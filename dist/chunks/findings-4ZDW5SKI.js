import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/index.ts
function localized(report, rc) {
  let findings = report.findings.map((f) => f.messageId === void 0 ? f : { ...f, message: rc.t({ id: f.messageId, params: f.params }) });
  return { ...report, findings };
}
var FINDINGS_FORMATS = {
  text: async () => {
    let { stylish } = await import("./stylish-CZT343YJ.js");
    return formatter("text", (r, rc) => stylish(localized(r, rc), { style: rc.style, frames: r.frames, rc }));
  },
  json: async () => {
    let { findingsJson } = await import("./json-V43PMJJ7.js");
    return formatter("json", (r, rc) => findingsJson(localized(r, rc)));
  },
  github: async () => {
    let { github } = await import("./github-VOE7Y5CT.js");
    return formatter("text", (r, rc) => github(localized(r, rc), rc));
  },
  junit: async () => {
    let { junit } = await import("./junit-SKJK4SI2.js");
    return formatter(
      "xml",
      (r, rc) => junit(localized(r, rc), { warningsFail: r.run?.warningsFail, timestamp: r.run?.startedAt, elapsedMs: r.run?.elapsedMs, hostname: r.run?.hostname })
    );
  },
  sarif: async () => {
    let [{ sarif }, { RULES, LOAD_CHECKS }, { VERSION }] = await Promise.all([
      import("./sarif-3AJZM2UU.js"),
      import("./registry-66TCUNHX.js"),
      import("./version-CENATIOU.js")
    ]);
    return formatter("json", (r, rc) => {
      let cwd = r.run?.cwd ?? ".", rules = [...LOAD_CHECKS, ...RULES.map((x) => x.meta)].map((m) => ({ ...m, help: r.run?.ruleHelp?.get(m.id) }));
      return sarif(localized(r, rc), { version: VERSION, rules, root: r.run?.root ?? cwd, cwd });
    });
  }
};
export {
  FINDINGS_FORMATS,
  localized
};
