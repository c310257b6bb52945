import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  hang
} from "./chunk-FIWZPUBZ.js";
import "./chunk-VRRIJLYY.js";
import {
  label
} from "./chunk-HBEHFEZY.js";
import {
  stringify
} from "./chunk-NU6Z65HG.js";
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
function searchText(hits, o) {
  if (hits.length === 0) return `No matches.
`;
  let out = [];
  for (let h of hits) {
    let where = `${h.standard}${h.code ? ` ${h.code}` : ""}`;
    out.push(`${o.style.code(where)} ${o.style.dim(label(KIND_LABEL[h.kind]))}`);
    let [a, b] = h.match, lines = hang("  ", `${h.text.slice(0, a)}\xAB${h.text.slice(a, b)}\xBB${h.text.slice(b)}`, o.width);
    if (!o.colored) {
      out.push(...lines);
      continue;
    }
    let inside = !1;
    for (let line of lines) {
      let done = "", run = "";
      for (let ch of line)
        ch === "\xAB" ? [done, run, inside] = [done + run, "", !0] : ch === "\xBB" ? [done, run, inside] = [done + o.style.accent(run), "", !1] : run += ch;
      out.push(done + (inside ? o.style.accent(run) : run));
    }
  }
  let standards = new Set(hits.map((h) => h.standard)).size;
  return out.push("", `${hits.length} ${hits.length === 1 ? "match" : "matches"} in ${standards} ${standards === 1 ? "standard" : "standards"}`), `${out.join(`
`)}
`;
}
function searchJson(hits) {
  return `${JSON.stringify(hits, null, 2)}
`;
}
function searchCsv(hits) {
  return stringify(
    hits.map((h) => [h.standard, h.kind, h.code ?? "", h.text, h.text.slice(h.match[0], h.match[1])]),
    { header: !0, columns: ["standard", "kind", "code", "text", "match"], record_delimiter: "windows" }
  );
}
export {
  searchCsv,
  searchJson,
  searchText
};
