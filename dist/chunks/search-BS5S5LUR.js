import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  cell,
  table
} from "./chunk-USSJRPOD.js";
import {
  hang
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import {
  labelIn
} from "./chunk-MDKOZTUU.js";
import {
  formatter
} from "./chunk-RAD7MORV.js";
import {
  csvDocument
} from "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/query/search.ts
var KIND_LABEL = {
  name: "kindName",
  description: "kindDescription",
  category: "kindCategory",
  occupation: "kindOccupation",
  industry: "kindIndustry",
  duty: "kindDuty",
  task: "kindTask",
  output: "kindOutput",
  indicator: "kindIndicator",
  knowledge: "kindKnowledge",
  skill: "kindSkill",
  attitude: "kindAttitude",
  qualification: "kindQualification",
  note: "kindNote"
};
function marked(h, open, close) {
  let out = "", at = 0;
  for (let [a, b] of h.matches ?? [h.match])
    a < at || (out += `${h.text.slice(at, a)}${open}${h.text.slice(a, b)}${close}`, at = b);
  return out + h.text.slice(at);
}
function summary(hits, rc) {
  return rc.tr("cli.search.summary", { hits: hits.length, standards: new Set(hits.map((h) => h.standard)).size });
}
var searchText = formatter("text", ({ hits }, rc) => {
  if (hits.length === 0) return `${rc.tr("cli.search.none")}
`;
  let l = labelIn(rc.lang), colored = rc.style.accent("x") !== "x", out = [];
  for (let h of hits) {
    let where = `${h.standard}${h.code ? ` ${h.code}` : ""}`;
    out.push(`${rc.style.code(where)} ${rc.style.dim(l(KIND_LABEL[h.kind]))}`);
    let lines = hang("  ", marked(h, "\xAB", "\xBB"), rc.width);
    if (!colored) {
      out.push(...lines);
      continue;
    }
    let inside = !1;
    for (let line of lines) {
      let done = "", run = "";
      for (let ch of line)
        ch === "\xAB" ? [done, run, inside] = [done + run, "", !0] : ch === "\xBB" ? [done, run, inside] = [done + rc.style.accent(run), "", !1] : run += ch;
      out.push(done + (inside ? rc.style.accent(run) : run));
    }
  }
  return out.push("", summary(hits, rc)), `${out.join(`
`)}
`;
}), searchMarkdown = formatter("markdown", ({ hits }, rc) => {
  if (hits.length === 0) return `${rc.tr("cli.search.none")}
`;
  let l = labelIn(rc.lang), rows = hits.map((h) => [h.standard, h.code ?? "", l(KIND_LABEL[h.kind]), cell(marked(h, "\uE000", "\uE001")).replace(/[\ue000\ue001]/g, "**")]);
  return `${table([l("code"), l("itemCode"), l("kind"), l("text")], rows, /* @__PURE__ */ new Set([3]))}

${summary(hits, rc)}
`;
}), searchCsv = formatter("csv", ({ hits }, rc) => {
  let l = labelIn(rc.lang);
  return csvDocument(
    [l("code"), l("kind"), l("itemCode"), l("text"), l("match")],
    hits.map((h) => [h.standard, l(KIND_LABEL[h.kind]), h.code ?? "", h.text, h.text.slice(h.match[0], h.match[1])]),
    rc.csv
  );
}), searchJson = formatter("json", ({ hits }) => `${JSON.stringify(hits, null, 2)}
`);
export {
  searchCsv,
  searchJson,
  searchMarkdown,
  searchText
};
