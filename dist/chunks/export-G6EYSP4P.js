import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/export/index.ts
async function tablesOf(d, lang, forPeople) {
  let { matrixTables, attitudeTable, taskTable } = await import("./tables-K6RROZIL.js");
  return { matrices: d.matrix === "attitudes" ? [] : matrixTables(d.entries, d.matrix, d.layout, lang, forPeople), attitudes: attitudeTable(d.entries, lang), tasks: taskTable(d.entries, lang) };
}
var langOf = (lang) => lang === "en" ? "en" : "zh", EXPORT_FORMATS = {
  csv: async () => {
    let { tableCsv } = await import("./csv-ZOUZ6X3Q.js");
    return formatter("csv", async (d, rc) => {
      let { matrixTables, attitudeTable } = await import("./tables-K6RROZIL.js"), lang = langOf(rc.lang);
      return tableCsv(d.matrix === "attitudes" ? attitudeTable(d.entries, lang) : matrixTables(d.entries, d.matrix, d.layout, lang, !1)[0], rc.csv);
    });
  },
  markdown: async () => {
    let { tablesMarkdown } = await import("./markdown-4UOL67ZB.js");
    return formatter("markdown", async (d, rc) => {
      let t = await tablesOf(d, langOf(rc.lang), !0), title = d.entries.map((e) => `${e.standard.code} ${e.standard.name}`).join("\u3001");
      return tablesMarkdown(title, [...t.matrices, ...d.matrix === "attitudes" || d.matrix === "all" ? [t.attitudes] : [], t.tasks]);
    });
  },
  json: async () => {
    let { standardsJson } = await import("./data-Z4RKPJOS.js");
    return formatter("json", (d) => standardsJson(d.entries.map((e) => e.standard)));
  },
  yaml: async () => {
    let { standardsYaml } = await import("./data-Z4RKPJOS.js");
    return formatter("yaml", (d) => standardsYaml(d.entries.map((e) => e.standard)));
  },
  xlsx: async () => {
    let [{ tablesXlsx }, { prepareDisplayWidth, stringsOf }] = await Promise.all([import("./xlsx-5OMY5ZMH.js"), import("./width-MYRU3UMI.js")]);
    return formatter("binary", async (d, rc) => {
      let t = await tablesOf(d, langOf(rc.lang), !0), tables = [...t.matrices, ...d.matrix === "attitudes" || d.matrix === "all" ? [t.attitudes] : [], t.tasks];
      return await prepareDisplayWidth(stringsOf(tables)), tablesXlsx(tables);
    });
  }
};
export {
  EXPORT_FORMATS
};
