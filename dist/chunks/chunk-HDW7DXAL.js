import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  label
} from "./chunk-HBEHFEZY.js";

// src/formatters/diff/common.ts
var KIND_LABEL = {
  added: "diffAdded",
  removed: "diffRemoved",
  modified: "diffModified",
  renumbered: "diffRenumbered",
  moved: "diffMoved"
}, KIND_MARK = { added: "+", removed: "-", modified: "~", renumbered: "#", moved: ">" }, SEVERITY_LABEL = { major: "diffMajor", minor: "diffMinor", patch: "diffPatch" }, CLASSIFICATION_LABEL = {
  equivalent: "diffEquivalent",
  "not-equivalent": "diffNotEquivalent",
  unknown: "diffUnknown"
}, FIELD_LABEL = {
  name: "name",
  nameKind: "nameKind",
  title: "title",
  categories: "categories",
  occupations: "occupations",
  industries: "industries",
  description: "description",
  level: "level",
  definition: "definition",
  qualifications: "kindQualification",
  other: "kindNote"
}, ELEMENT_LABEL = {
  duty: "duty",
  task: "task",
  output: "kindOutput",
  indicator: "kindIndicator",
  knowledge: "knowledgeShort",
  skill: "skillsShort",
  attitude: "attitudesShort",
  level: "taskLevel",
  link: "diffLink",
  header: "diffHeader",
  note: "notes"
};
function elementLabel(c) {
  if (c.element === "header" || c.element === "note") return label(FIELD_LABEL[c.field ?? "name"]);
  let base = label(ELEMENT_LABEL[c.element]);
  return c.field === "definition" ? `${base}${label("definition")}` : base;
}
function sideLine(s) {
  let status = s.status === "current" ? label("statusCurrent") : s.status === "historical" ? label("statusHistorical") : void 0;
  return [`v${s.version}`, status, s.date ?? void 0].filter((x) => x !== void 0).join(" ");
}
function summaryLine(d) {
  return ["major", "minor", "patch"].map((s) => `${label(SEVERITY_LABEL[s])} ${s} ${d.summary[s]}`).join(" \xB7 ");
}
function missingLines(d) {
  let missing = d.missingContent ?? [];
  return missing.length === 0 ? [] : [`${missing.join("\u3001")}${label("diffMissingContent")}`];
}
function groupChanges(d) {
  let g = { header: [], duties: [], knowledge: [], skill: [], attitude: [], note: [] }, duties = /* @__PURE__ */ new Map();
  for (let c of d.changes) {
    switch (c.element) {
      case "header":
      case "knowledge":
      case "skill":
      case "attitude":
      case "note":
        g[c.element].push(c);
        continue;
      default:
    }
    let removedDuty = c.element === "duty" && c.kind === "removed", dutyCode = c.duty ?? c.code ?? "", key = `${removedDuty ? "-" : "+"}${dutyCode}`, group = duties.get(key);
    if (group || (group = { code: dutyCode, title: removedDuty ? c.before : d.titles[dutyCode], removed: removedDuty, own: [], tasks: [] }, duties.set(key, group), g.duties.push(group)), c.element === "duty" || c.element === "task" && c.kind === "removed" || c.task === void 0) {
      group.own.push(c);
      continue;
    }
    let task = group.tasks.find((t) => t.code === c.task);
    task || (task = { code: c.task, title: d.titles[c.task], changes: [] }, group.tasks.push(task)), task.changes.push(c);
  }
  return g;
}
function codePart(c, inTask) {
  if (c.element === "link") return c.target ?? "";
  if (c.element === "level" && inTask && c.code === c.task || c.element === "header" || c.element === "note") return "";
  let code = c.fromCode !== void 0 && c.toCode !== void 0 ? `${c.fromCode} \u2192 ${c.toCode}` : c.code ?? "";
  return c.kind === "moved" && c.fromParent !== void 0 && (code += `\uFF08${c.fromParent} \u2192 ${c.toParent ?? ""}\uFF09`), code;
}
function usersPart(c) {
  return c.tasks && c.tasks.length > 0 ? `\uFF08${c.tasks.join("\u3001")}\uFF09` : "";
}

export {
  KIND_LABEL,
  KIND_MARK,
  CLASSIFICATION_LABEL,
  elementLabel,
  sideLine,
  summaryLine,
  missingLines,
  groupChanges,
  codePart,
  usersPart
};
