import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  elementLabel
} from "./chunk-26EDUISN.js";
import "./chunk-NQCPKRAQ.js";
import {
  label
} from "./chunk-MDKOZTUU.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/diff/changelog.ts
var quoted = (text) => text === void 0 || text === "" ? "" : `\u300C${text}\u300D`;
function clauseOf(c) {
  let what = elementLabel(c);
  if (c.element === "file") return { key: "file", head: `\u522A\u9664${what}`, item: c.before ?? c.code ?? "" };
  if (c.element === "version")
    return c.kind === "modified" ? { key: `version:${c.code ?? ""}:${c.field ?? ""}`, head: "", item: `${c.code ?? ""} ${what}\u7531${quoted(c.before)}\u4FEE\u8A02\u70BA${quoted(c.after)}` } : { key: `version:${c.kind}`, head: `${c.kind === "added" ? "\u65B0\u589E" : "\u522A\u9664"}${what}\u5217`, item: c.code ?? "" };
  if (c.element === "header" || c.element === "note") {
    let field = elementLabel(c);
    if (c.kind === "modified" && c.element === "header" && (c.field === "name" || c.field === "level" || c.field === "nameKind"))
      return { key: `${c.field}`, head: "", item: `${field}\u7531${quoted(c.before)}\u4FEE\u8A02\u70BA${quoted(c.after)}` };
    if (c.kind === "modified") return { key: `mod:${field}`, head: `\u4FEE\u8A02${field}`, item: c.code ?? "" };
    let verb = c.kind === "added" ? "\u65B0\u589E" : "\u522A\u9664";
    return { key: `${c.kind}:${field}`, head: `${verb}${field}`, item: quoted(c.kind === "added" ? c.after : c.before) };
  }
  switch (c.kind) {
    case "added":
      return c.element === "link" ? { key: `link+:${c.code}`, head: `\u5DE5\u4F5C\u4EFB\u52D9 ${c.code ?? ""} \u65B0\u589E\u8077\u80FD\u5167\u6DB5`, item: c.target ?? "" } : { key: `added:${what}`, head: `\u65B0\u589E${what}`, item: `${c.code ?? ""}${quoted(c.after)}` };
    case "removed":
      return c.element === "link" ? { key: `link-:${c.code}`, head: `\u5DE5\u4F5C\u4EFB\u52D9 ${c.code ?? ""} \u522A\u9664\u8077\u80FD\u5167\u6DB5`, item: c.target ?? "" } : { key: `removed:${what}`, head: `\u522A\u9664${what}`, item: `${c.code ?? ""}${quoted(c.before)}` };
    case "modified":
      if (c.element === "level") {
        let whose = c.code === c.task ? label("task") : c.task === void 0 ? label("duty") : label("kindIndicator");
        return { key: `level:${c.code}`, head: "", item: `${whose} ${c.code ?? ""} \u8077\u80FD\u7D1A\u5225\u7531 ${c.before ?? ""} \u8ABF\u6574\u70BA ${c.after ?? ""}` };
      }
      return c.field === "definition" ? { key: "modified:definition", head: `\u4FEE\u8A02${label("attitudesShort")}`, item: c.code ?? "", tail: label("definition") } : { key: `modified:${what}`, head: `\u4FEE\u8A02${what}`, item: c.code ?? "", tail: "\u6587\u5B57" };
    case "renumbered":
      return { key: `renumbered:${what}`, head: what, item: `${c.fromCode ?? ""} \u2192 ${c.toCode ?? ""}`, tail: "\u91CD\u65B0\u7DE8\u78BC" };
    case "moved":
      return { key: `moved:${c.code}`, head: "", item: `${what} ${c.fromCode ?? c.code ?? ""}${quoted(c.after)}\u7531 ${c.fromParent ?? ""} \u79FB\u81F3 ${c.toParent ?? ""}${c.toCode !== void 0 ? `\uFF08\u6539\u7DE8\u70BA ${c.toCode}\uFF09` : ""}` };
  }
}
function paragraph(d) {
  let clauses = /* @__PURE__ */ new Map();
  for (let c of d.changes) {
    let { key, head, item, tail } = clauseOf(c), clause = clauses.get(key);
    clause ? clause.items.push(item) : clauses.set(key, { head, items: [item], tail });
  }
  let parts = [...clauses.values()].map(({ head, items, tail }) => [head, items.filter((i) => i !== "").join("\u3001"), tail].filter((x) => x !== void 0 && x !== "").join(" ").replace(/ (?=「)/g, ""));
  for (let code of d.missingContent ?? []) parts.push(`${code} \u4E4B\u5167\u5BB9\u672A\u6536\u9304\u65BC\u76EE\u9304\uFF0C\u8077\u8CAC\u3001\u4EFB\u52D9\u8207\u8077\u80FD\u5167\u6DB5\u4E4B\u7570\u52D5\u7121\u6CD5\u6BD4\u5C0D`);
  return parts.length === 0 ? label("diffNoChanges") : `${parts.join("\uFF1B")}\u3002`;
}
function diffChangelog(diffs) {
  return diffs.length === 0 ? "" : diffs.length === 1 ? `${paragraph(diffs[0])}
` : `${diffs.map((d) => `${d.from} \u2192 ${d.to}\uFF1A
${paragraph(d)}`).join(`

`)}
`;
}
export {
  diffChangelog
};
