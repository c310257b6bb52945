import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  printedDate
} from "./chunk-NQCPKRAQ.js";
import {
  label
} from "./chunk-MDKOZTUU.js";

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
  other: "kindNote",
  code: "code",
  status: "status",
  date: "date",
  note: "note"
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
  note: "notes",
  version: "diffVersionRow",
  file: "diffFile"
};
function elementLabel(c, lang = "zh") {
  let join = (a, b) => lang === "en" ? `${a} ${b.toLowerCase()}` : `${a}${b}`;
  if (c.element === "header" || c.element === "note") return label(FIELD_LABEL[c.field ?? "name"], lang);
  if (c.element === "version") return c.field ? join(label("diffVersionRow", lang), label(FIELD_LABEL[c.field], lang)) : label("diffVersionRow", lang);
  let base = label(ELEMENT_LABEL[c.element], lang);
  return c.field === "definition" ? join(base, label("definition", lang)) : base;
}
function sideLine(s, lang = "zh") {
  if (s.deleted) return label("diffDeleted", lang);
  let status = s.status === "current" ? label("statusCurrent", lang) : s.status === "historical" ? label("statusHistorical", lang) : void 0;
  return [`v${s.version}`, status, s.date ? printedDate(s.date) : void 0].filter((x) => x !== void 0).join(" ");
}
function sourcesLine(d, lang = "zh") {
  let { from, to } = d.sides;
  if (from.revision === void 0 && to.revision === void 0 && !from.worktree && !to.worktree) return;
  let clean = (t) => t.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD"), side = (s) => {
    let path = clean(s.path ?? s.source), where = s.revision !== void 0 ? `${clean(s.revision)}:${path}` : s.worktree ? `${label("diffWorktree", lang)} ${path}` : path;
    return s.deleted ? lang === "en" ? `${where} (${label("diffDeleted", lang)})` : `${where}\uFF08${label("diffDeleted")}\uFF09` : where;
  };
  return `${side(from)} \u2192 ${side(to)}`;
}
function summaryLine(d, lang = "zh") {
  return ["major", "minor", "patch"].map((s) => lang === "en" ? `${s} ${d.summary[s]}` : `${label(SEVERITY_LABEL[s])} ${s} ${d.summary[s]}`).join(" \xB7 ");
}
function missingLines(d, lang = "zh") {
  let missing = d.missingContent ?? [];
  return missing.length === 0 ? [] : [`${missing.join(lang === "en" ? ", " : "\u3001")}${label("diffMissingContent", lang)}`];
}
function groupChanges(d) {
  let g = { file: [], header: [], version: [], duties: [], knowledge: [], skill: [], attitude: [], note: [] }, duties = /* @__PURE__ */ new Map();
  for (let c of d.changes) {
    switch (c.element) {
      case "header":
      case "knowledge":
      case "skill":
      case "attitude":
      case "note":
      case "version":
      case "file":
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
  if (c.element === "level" && inTask && c.code === c.task || c.element === "header" || c.element === "note" || c.element === "file") return "";
  let code = c.fromCode !== void 0 && c.toCode !== void 0 ? `${c.fromCode} \u2192 ${c.toCode}` : c.code ?? "";
  return c.kind === "moved" && c.fromParent !== void 0 && (code += `\uFF08${c.fromParent} \u2192 ${c.toParent ?? ""}\uFF09`), code;
}
function arrowValues(c, lang = "zh") {
  if (c.kind !== "modified" || c.before === void 0 || c.after === void 0) return;
  if (c.element === "level" || c.element === "header" && c.field === "level") return { before: c.before, after: c.after };
  if (c.element !== "version" || c.field === "name" || c.field === "note") return;
  let shown = (v) => c.field === "status" && (v === "current" || v === "historical") ? label(v === "current" ? "statusCurrent" : "statusHistorical", lang) : c.field === "date" ? printedDate(v) : v;
  return { before: shown(c.before), after: shown(c.after) };
}
function usersPart(c) {
  return c.tasks && c.tasks.length > 0 ? `\uFF08${c.tasks.join("\u3001")}\uFF09` : "";
}

export {
  KIND_LABEL,
  KIND_MARK,
  SEVERITY_LABEL,
  CLASSIFICATION_LABEL,
  elementLabel,
  sideLine,
  sourcesLine,
  summaryLine,
  missingLines,
  groupChanges,
  codePart,
  arrowValues,
  usersPart
};
