import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-6QCCZ5YJ.js";
import "./chunk-H42XODIB.js";
import "./chunk-3UH4GFT2.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/diff/index.ts
var DIFF_FORMATS = {
  text: async () => {
    let { diffText } = await import("./text-MKHMC5YG.js");
    return formatter(
      "text",
      ({ diffs }, rc) => diffText(diffs, { style: rc.style, width: rc.width, colored: rc.style.ins("x") !== "x", nothing: rc.tr("cli.diff.nothing"), lang: rc.lang === "en" ? "en" : "zh" })
    );
  },
  markdown: async () => {
    let { diffMarkdown } = await import("./markdown-CCAPKBRI.js");
    return formatter("markdown", ({ diffs }) => diffMarkdown(diffs));
  },
  csv: async () => (await import("./csv-267YQJEF.js")).diffCsv,
  json: async () => {
    let { diffJson } = await import("./json-IOUGHTKD.js");
    return formatter("json", ({ diffs, many }) => diffJson(diffs, many));
  },
  "changelog-zh": async () => {
    let { diffChangelog } = await import("./changelog-DIOERULK.js");
    return formatter("markdown", ({ diffs }) => diffChangelog(diffs));
  }
};
export {
  DIFF_FORMATS
};
