import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/diff/index.ts
var DIFF_FORMATS = {
  text: async () => {
    let { diffText } = await import("./text-OTPKGRB2.js");
    return formatter(
      "text",
      ({ diffs }, rc) => diffText(diffs, { style: rc.style, width: rc.width, colored: rc.style.ins("x") !== "x", nothing: rc.tr("cli.diff.nothing"), lang: rc.lang === "en" ? "en" : "zh" })
    );
  },
  markdown: async () => {
    let { diffMarkdown } = await import("./markdown-4MQTKWMJ.js");
    return formatter("markdown", ({ diffs }) => diffMarkdown(diffs));
  },
  csv: async () => (await import("./csv-NBFZ656Q.js")).diffCsv,
  json: async () => {
    let { diffJson } = await import("./json-IOUGHTKD.js");
    return formatter("json", ({ diffs, many }) => diffJson(diffs, many));
  },
  "changelog-zh": async () => {
    let { diffChangelog } = await import("./changelog-VIGN3YJ3.js");
    return formatter("markdown", ({ diffs }) => diffChangelog(diffs));
  }
};
export {
  DIFF_FORMATS
};
