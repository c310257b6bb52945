import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/labels.ts
var LABELS = {
  standard: { zh: "\u8077\u80FD\u57FA\u6E96", en: "Competency standard" },
  code: { zh: "\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC", en: "Code" },
  name: { zh: "\u8077\u80FD\u57FA\u6E96\u540D\u7A31", en: "Name" },
  nameKindOccupation: { zh: "\u8077\u696D", en: "Occupation" },
  nameKindCategory: { zh: "\u8077\u985E", en: "Job category" },
  categories: { zh: "\u8077\u985E\u5225", en: "Job category" },
  categoryCode: { zh: "\u8077\u985E\u5225\u4EE3\u78BC", en: "Category code" },
  occupations: { zh: "\u8077\u696D\u5225", en: "Occupation" },
  occupationCode: { zh: "\u8077\u696D\u5225\u4EE3\u78BC", en: "Occupation code" },
  industries: { zh: "\u884C\u696D\u5225", en: "Industry" },
  industryCode: { zh: "\u884C\u696D\u5225\u4EE3\u78BC", en: "Industry code" },
  classification: { zh: "\u6240\u5C6C\u985E\u5225", en: "Classification" },
  description: { zh: "\u5DE5\u4F5C\u63CF\u8FF0", en: "Job description" },
  level: { zh: "\u57FA\u6E96\u7D1A\u5225", en: "Standard level" },
  versions: { zh: "\u7248\u672C", en: "Versions" },
  version: { zh: "\u7248\u672C", en: "Version" },
  status: { zh: "\u72C0\u614B", en: "Status" },
  statusCurrent: { zh: "\u6700\u65B0\u7248\u672C", en: "current" },
  statusHistorical: { zh: "\u6B77\u53F2\u7248\u672C", en: "historical" },
  note: { zh: "\u66F4\u65B0\u8AAA\u660E", en: "Change note" },
  date: { zh: "\u767C\u5C55\u66F4\u65B0\u65E5\u671F", en: "Date" },
  duty: { zh: "\u4E3B\u8981\u8077\u8CAC", en: "Duty" },
  task: { zh: "\u5DE5\u4F5C\u4EFB\u52D9", en: "Task" },
  outputs: { zh: "\u5DE5\u4F5C\u7522\u51FA", en: "Outputs" },
  indicators: { zh: "\u884C\u70BA\u6307\u6A19", en: "Behaviour indicators" },
  taskLevel: { zh: "\u8077\u80FD\u7D1A\u5225", en: "Level" },
  knowledge: { zh: "\u8077\u80FD\u5167\u6DB5 (K=knowledge \u77E5\u8B58)", en: "Knowledge" },
  knowledgeShort: { zh: "\u77E5\u8B58", en: "Knowledge" },
  skills: { zh: "\u8077\u80FD\u5167\u6DB5 (S=skills \u6280\u80FD)", en: "Skills" },
  skillsShort: { zh: "\u6280\u80FD", en: "Skills" },
  attitudes: { zh: "\u8077\u80FD\u5167\u6DB5 (A=attitude \u614B\u5EA6)", en: "Attitudes" },
  attitudesShort: { zh: "\u614B\u5EA6", en: "Attitudes" },
  notes: { zh: "\u8AAA\u660E\u8207\u88DC\u5145\u4E8B\u9805", en: "Notes" },
  qualifications: {
    zh: "\u5EFA\u8B70\u64D4\u4EFB\u6B64\u8077\u985E / \u8077\u696D\u4E4B\u5B78\u6B77 / \u7D93\u9A57 / \u6216\u80FD\u529B\u689D\u4EF6",
    en: "Suggested education, experience or abilities"
  },
  otherNotes: { zh: "\u5176\u4ED6\u88DC\u5145\u8AAA\u660E", en: "Other notes" },
  none: { zh: "\u7121\u3002", en: "None." },
  repairs: { zh: "\u8F49\u9304\u4FEE\u6B63", en: "Transcription repairs" },
  levelUnset: { zh: "\u672A\u8A02\u5B9A", en: "not set" },
  contentNotPublished: {
    zh: "\u6B64\u7248\u672C\u7684\u5167\u5BB9\u672A\u6536\u9304\u65BC\u76EE\u9304\u4E2D\uFF0C\u50C5\u77E5\u7248\u672C\u8868\u6240\u8F09\u8CC7\u8A0A\u3002",
    en: "The content of this version is not in the catalogue: only what the version table says is known."
  },
  replacedBy: { zh: "\u53D6\u4EE3\u7248\u672C", en: "Replaced by" },
  listedIn: { zh: "\u8F09\u65BC", en: "Listed in" },
  notDefined: { zh: "\u672A\u5B9A\u7FA9", en: "not defined" },
  noContent: { zh: "\u6B64\u7248\u672C\u7121\u5167\u5BB9\u53EF\u986F\u793A", en: "Nothing to show for this version" },
  repairRemovedSpace: { zh: "\u522A\u9664\u591A\u9918\u7A7A\u767D", en: "removed a space" },
  repairMergedRow: { zh: "\u5408\u4F75\u8DE8\u9801\u7E8C\u5217", en: "merged a continuation row" },
  repairSplitCode: { zh: "\u62C6\u958B\u76F8\u9023\u4EE3\u78BC", en: "split a code" },
  repairRejoinedText: { zh: "\u63A5\u56DE\u65B7\u958B\u6587\u5B57", en: "rejoined text" },
  repairOther: { zh: "\u5176\u4ED6\u4FEE\u6B63", en: "other repair" },
  // Export (matrices and sheets)
  standardColumn: { zh: "\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC", en: "Standard" },
  dutyCode: { zh: "\u8077\u8CAC\u4EE3\u78BC", en: "Duty code" },
  taskCode: { zh: "\u4EFB\u52D9\u4EE3\u78BC", en: "Task code" },
  competencyType: { zh: "\u985E\u578B", en: "Type" },
  itemCode: { zh: "\u4EE3\u78BC", en: "Code" },
  itemName: { zh: "\u540D\u7A31", en: "Name" },
  definition: { zh: "\u5B9A\u7FA9", en: "Definition" },
  matrix: { zh: "\u8077\u80FD\u77E9\u9663", en: "Competency matrix" },
  knowledgeMatrix: { zh: "\u77E5\u8B58\u77E9\u9663", en: "Knowledge matrix" },
  skillsMatrix: { zh: "\u6280\u80FD\u77E9\u9663", en: "Skills matrix" },
  longTable: { zh: "\u8077\u80FD\u5C0D\u61C9", en: "Task competencies" },
  tasksSheet: { zh: "\u5DE5\u4F5C\u4EFB\u52D9", en: "Tasks" },
  // Kinds of text (search)
  kindName: { zh: "\u540D\u7A31", en: "name" },
  kindDescription: { zh: "\u5DE5\u4F5C\u63CF\u8FF0", en: "description" },
  kindCategory: { zh: "\u8077\u985E\u5225", en: "category" },
  kindOccupation: { zh: "\u8077\u696D\u5225", en: "occupation" },
  kindIndustry: { zh: "\u884C\u696D\u5225", en: "industry" },
  kindDuty: { zh: "\u4E3B\u8981\u8077\u8CAC", en: "duty" },
  kindTask: { zh: "\u5DE5\u4F5C\u4EFB\u52D9", en: "task" },
  kindOutput: { zh: "\u5DE5\u4F5C\u7522\u51FA", en: "output" },
  kindIndicator: { zh: "\u884C\u70BA\u6307\u6A19", en: "indicator" },
  kindKnowledge: { zh: "\u77E5\u8B58", en: "knowledge" },
  kindSkill: { zh: "\u6280\u80FD", en: "skill" },
  kindAttitude: { zh: "\u614B\u5EA6", en: "attitude" },
  kindQualification: { zh: "\u5B78\u7D93\u6B77\u689D\u4EF6", en: "qualification" },
  kindNote: { zh: "\u88DC\u5145\u8AAA\u660E", en: "note" },
  repairAt: { zh: "\u4F4D\u7F6E", en: "At" },
  repairKind: { zh: "\u4FEE\u6B63", en: "Repair" },
  repairBefore: { zh: "\u8F49\u9304\u539F\u6587", en: "As copied" },
  repairAfter: { zh: "\u4FEE\u6B63\u5F8C", en: "Repaired" },
  repairNote: { zh: "\u8AAA\u660E", en: "Note" },
  // Diff
  diffAdded: { zh: "\u65B0\u589E", en: "added" },
  diffRemoved: { zh: "\u522A\u9664", en: "removed" },
  diffModified: { zh: "\u4FEE\u8A02", en: "modified" },
  diffRenumbered: { zh: "\u91CD\u65B0\u7DE8\u78BC", en: "renumbered" },
  diffMoved: { zh: "\u79FB\u52D5", en: "moved" },
  diffLink: { zh: "\u8077\u80FD\u5167\u6DB5\u9023\u7D50", en: "K/S link" },
  diffHeader: { zh: "\u57FA\u672C\u8CC7\u6599", en: "Header" },
  diffEquivalent: { zh: "\u7B49\u50F9\uFF1A\u820A\u7248\u5C0D\u61C9\u7684\u8AB2\u7A0B\u4ECD\u9069\u7528", en: "equivalent: courses mapped to the old version still hold" },
  diffNotEquivalent: { zh: "\u4E0D\u7B49\u50F9\uFF1A\u6709\u65B0\u589E\u3001\u522A\u9664\u6216\u7D1A\u5225\u8B8A\u66F4", en: "not equivalent: something was added or removed, or a level changed" },
  diffUnknown: { zh: "\u7121\u6CD5\u5224\u5B9A\uFF1A\u6709\u4E00\u65B9\u7684\u5167\u5BB9\u4E0D\u5728\u76EE\u9304\u4E2D", en: "unknown: one side's content is not in the catalogue" },
  diffMajor: { zh: "\u91CD\u5927", en: "major" },
  diffMinor: { zh: "\u6B21\u8981", en: "minor" },
  diffPatch: { zh: "\u4FEE\u6B63", en: "patch" },
  diffNoChanges: { zh: "\u5167\u5BB9\u7121\u7570\u52D5\u3002", en: "No changes." },
  diffVersionRow: { zh: "\u7248\u672C\u8868", en: "Version table" },
  diffFile: { zh: "\u8077\u80FD\u57FA\u6E96\u6A94\u6848", en: "Standard file" },
  diffWorktree: { zh: "\u5DE5\u4F5C\u76EE\u9304", en: "working tree" },
  diffDeleted: { zh: "\u5DF2\u522A\u9664", en: "deleted" },
  diffMissingContent: {
    zh: " \u7684\u5167\u5BB9\u4E0D\u5728\u76EE\u9304\u4E2D\uFF08\u50C5\u898B\u65BC\u7248\u672C\u8868\uFF09\uFF1A\u53EA\u80FD\u6BD4\u8F03\u540D\u7A31\u3001\u65E5\u671F\u8207\u72C0\u614B\uFF0C\u7121\u6CD5\u6BD4\u8F03\u8077\u8CAC\u3001\u4EFB\u52D9\u8207\u8077\u80FD\u5167\u6DB5\u3002",
    en: ": content not in the catalogue (known only from a version table): only name, date and status can be compared, not duties, tasks or competencies."
  },
  nameKind: { zh: "\u540D\u7A31\u985E\u578B", en: "Name kind" },
  levelShort: { zh: "\u7D1A\u5225", en: "Level" },
  diffFrom: { zh: "\u820A\u7248", en: "From" },
  diffTo: { zh: "\u65B0\u7248", en: "To" },
  diffKind: { zh: "\u7570\u52D5", en: "Change" },
  diffElement: { zh: "\u9805\u76EE", en: "Element" },
  diffBefore: { zh: "\u4FEE\u8A02\u524D", en: "Before" },
  diffAfter: { zh: "\u4FEE\u8A02\u5F8C", en: "After" },
  field: { zh: "\u9805\u76EE", en: "Field" },
  value: { zh: "\u5167\u5BB9", en: "Value" },
  kind: { zh: "\u985E\u578B", en: "Kind" },
  text: { zh: "\u5167\u5BB9", en: "Text" },
  match: { zh: "\u7B26\u5408\u8655", en: "Match" },
  score: { zh: "\u76F8\u4F3C\u5EA6", en: "Score" },
  rule: { zh: "\u898F\u5247", en: "Rule" },
  severity: { zh: "\u56B4\u91CD\u5EA6", en: "Severity" },
  checks: { zh: "\u6AA2\u67E5\u5167\u5BB9", en: "Checks" },
  group: { zh: "\u7D44\u5225", en: "Group" },
  onlyIn: { zh: "\u50C5\u898B\u65BC\u4E00\u65B9", en: "only" },
  dateShort: { zh: "\u65E5\u671F", en: "Date" },
  historyOnly: { zh: "\u50C5\u7248\u672C\u8868", en: "version table only" },
  content: { zh: "\u5167\u5BB9", en: "Content" },
  file: { zh: "\u6A94\u6848", en: "File" },
  yes: { zh: "\u6709", en: "yes" },
  no: { zh: "\u7121", en: "no" },
  title: { zh: "\u6A19\u984C", en: "Title" }
};
function label(key, lang = "zh") {
  return LABELS[key][lang];
}
function labelIn(lang) {
  let l = lang === "en" ? "en" : "zh";
  return (key) => LABELS[key][l];
}
var LEVEL_DEFINITIONS = {
  1: {
    zh: "\u80FD\u5920\u5728\u53EF\u9810\u8A08\u53CA\u6709\u898F\u5F8B\u7684\u60C5\u6CC1\u4E2D\uFF0C\u5728\u5BC6\u5207\u76E3\u7763\u53CA\u6E05\u695A\u6307\u793A\u4E0B\uFF0C\u57F7\u884C\u5E38\u898F\u6027\u53CA\u91CD\u8907\u6027\u7684\u5DE5\u4F5C\u3002",
    en: "Routine, repetitive work in predictable situations, under close supervision."
  },
  2: {
    zh: "\u80FD\u5920\u5728\u5927\u90E8\u5206\u53EF\u9810\u8A08\u53CA\u6709\u898F\u5F8B\u7684\u60C5\u6CC1\u4E2D\uFF0C\u5728\u7D93\u5E38\u6027\u76E3\u7763\u4E0B\uFF0C\u6309\u6307\u5C0E\u9032\u884C\u9700\u8981\u67D0\u4E9B\u5224\u65B7\u53CA\u7406\u89E3\u6027\u7684\u5DE5\u4F5C\u3002",
    en: "Work needing some judgement, in mostly predictable situations, under regular supervision."
  },
  3: {
    zh: "\u80FD\u5920\u5728\u90E8\u5206\u8B8A\u52D5\u53CA\u975E\u5E38\u898F\u6027\u7684\u60C5\u6CC1\u4E2D\uFF0C\u5728\u4E00\u822C\u76E3\u7763\u4E0B\uFF0C\u7368\u7ACB\u5B8C\u6210\u5DE5\u4F5C\u3002",
    en: "Independent work in partly changing, non-routine situations, under general supervision."
  },
  4: {
    zh: "\u80FD\u5920\u5728\u7D93\u5E38\u8B8A\u52D5\u7684\u60C5\u6CC1\u4E2D\uFF0C\u5728\u5C11\u8A31\u76E3\u7763\u4E0B\uFF0C\u7368\u7ACB\u57F7\u884C\u6D89\u53CA\u898F\u5283\u8A2D\u8A08\u4E14\u9700\u8981\u719F\u7DF4\u6280\u5DE7\u7684\u5DE5\u4F5C\u3002",
    en: "Planning and design work needing skilled technique, in often-changing situations, under little supervision."
  },
  5: {
    zh: "\u80FD\u5920\u5728\u8907\u96DC\u8B8A\u52D5\u7684\u60C5\u6CC1\u4E2D\uFF0C\u5728\u6700\u5C11\u76E3\u7763\u4E0B\uFF0C\u81EA\u4E3B\u5B8C\u6210\u5DE5\u4F5C\u3002",
    en: "Autonomous work in complex, changing situations, with minimal supervision."
  },
  6: {
    zh: "\u80FD\u5920\u5728\u9AD8\u5EA6\u8907\u96DC\u8B8A\u52D5\u7684\u60C5\u6CC1\u4E2D\uFF0C\u61C9\u7528\u6574\u5408\u7684\u5C08\u696D\u77E5\u8B58\u8207\u6280\u8853\uFF0C\u7368\u7ACB\u5B8C\u6210\u5C08\u696D\u8207\u5275\u65B0\u7684\u5DE5\u4F5C\u3002",
    en: "Professional and innovative work in highly complex situations; strategic decisions and originality."
  }
};

export {
  LABELS,
  label,
  labelIn,
  LEVEL_DEFINITIONS
};
