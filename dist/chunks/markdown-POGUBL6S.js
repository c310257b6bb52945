import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  table,
  text
} from "./chunk-USSJRPOD.js";
import {
  HISTORY_COLUMNS,
  headerPairs,
  historyCells,
  historyPairs,
  printedLevel,
  printedRepairKind,
  refText,
  titleOf
} from "./chunk-NQCPKRAQ.js";
import {
  label
} from "./chunk-MDKOZTUU.js";
import {
  competencyIndex,
  resolveRefs,
  tableBlocks
} from "./chunk-4P5I3Q76.js";
import {
  entryCode
} from "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/standard/markdown.ts
function bullets(items) {
  return items.length === 0 ? label("none") : items.map((i) => `- ${text(i)}`).join(`
`);
}
function published(e, sections) {
  let s = e.standard, want = new Set(sections), parts = [`# ${text(titleOf(s))}`];
  if (want.has("header") && parts.push(table([label("field"), label("value")], headerPairs(s))), want.has("history") && parts.push(`## ${label("versions")}`, table(HISTORY_COLUMNS.map((k) => label(k)), s.versions.map(historyCells))), want.has("tasks")) {
    let kIndex = competencyIndex(s.knowledge), sIndex = competencyIndex(s.skills), rows = [], lastDuty;
    for (let block of tableBlocks(s)) {
      let duty = block.duty.code === lastDuty ? "" : `${block.duty.code} ${block.duty.title}`;
      lastDuty = block.duty.code, (block.rows.length > 0 ? block.rows : [void 0]).forEach((row, i) => {
        rows.push([
          i === 0 ? duty : "",
          i === 0 ? block.tasks.map((t) => `${t.code} ${t.title}`).join(`
`) : "",
          i === 0 ? block.outputs.map((o) => `${o.code} ${o.text}`).join(`
`) : "",
          row ? row.indicators.map((p) => `${p.code} ${p.text}`).join(`
`) : "",
          row ? printedLevel(row.level) : "",
          row ? resolveRefs(row.knowledge, kIndex).map(refText).join(`
`) : "",
          row ? resolveRefs(row.skills, sIndex).map(refText).join(`
`) : ""
        ]);
      });
    }
    parts.push(
      `## ${label("duty")}\u8207${label("task")}`,
      table(
        [label("duty"), label("task"), label("outputs"), label("indicators"), label("taskLevel"), label("knowledge"), label("skills")],
        rows
      )
    );
  }
  if (want.has("attitudes")) {
    let items = s.attitudes.map((a) => `- **${a.code} ${text(a.name)}**${a.definition === void 0 ? "" : `\uFF1A${text(a.definition)}`}`);
    parts.push(`## ${label("attitudes")}`, items.length > 0 ? items.join(`
`) : label("none"));
  }
  if (want.has("notes")) {
    parts.push(
      `## ${label("notes")}`,
      `**${label("qualifications")}\uFF1A**`,
      bullets(s.notes.qualifications),
      `**${label("otherNotes")}\uFF1A**`,
      bullets(s.notes.other)
    );
    let repairs = s.repairs ?? [];
    repairs.length > 0 && parts.push(
      `## ${label("repairs")}`,
      table(
        [label("repairAt"), label("repairKind"), label("repairBefore"), label("repairAfter"), label("repairNote")],
        repairs.map((r) => [r.at, printedRepairKind(r.kind), r.before ?? "", r.after ?? "", r.note ?? ""])
      )
    );
  }
  return `${parts.join(`

`)}
`;
}
function history(e) {
  return `${[`# ${text(e.row.name)}${label("standard")}\uFF08${entryCode(e)}\uFF09`, `> ${label("contentNotPublished")}`, table([label("field"), label("value")], historyPairs(e))].join(`

`)}
`;
}
function showMarkdown(entry, o) {
  return entry.kind === "published" ? published(entry, o.sections) : history(entry);
}
export {
  showMarkdown
};
