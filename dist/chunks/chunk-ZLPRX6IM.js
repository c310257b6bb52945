import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  render
} from "./chunk-TE5S4JRX.js";

// src/model/messages/zh-Hant/cli.ts
var CLI_ZH = {
  "cli.unknown-format": "\u6C92\u6709\u300C{format}\u300D\u9019\u7A2E\u8F38\u51FA\u683C\u5F0F\uFF1B\u53EF\u7528\uFF1A{allowed}",
  "cli.binary-needs-output": "{format} \u662F\u4E8C\u9032\u4F4D\u683C\u5F0F\uFF1A\u8ACB\u4EE5 -o \u6307\u5B9A\u8981\u5BEB\u5165\u7684\u6A94\u6848",
  "cli.wrote": "\u5DF2\u5BEB\u5165 {file}",
  "cli.list.summary": "\u5171 {standards} \u9805\u8077\u80FD\u57FA\u6E96\u3001{versions} \u500B\u7248\u672C",
  "cli.list.none": "\u6C92\u6709\u7B26\u5408\u689D\u4EF6\u7684\u8077\u80FD\u57FA\u6E96\u3002",
  "cli.list.history-legend": "\u2014 \u8868\u793A\u6B64\u7248\u672C\u50C5\u898B\u65BC\u7248\u672C\u8868\uFF0C\u76EE\u9304\u4E2D\u6C92\u6709\u5B83\u7684\u5167\u5BB9\u3002",
  "cli.search.none": "\u627E\u4E0D\u5230\u7B26\u5408\u7684\u5167\u5BB9\u3002",
  "cli.search.summary": "{standards} \u9805\u8077\u80FD\u57FA\u6E96\u4E2D\u5171 {hits} \u8655\u7B26\u5408",
  "cli.compare.summary": "{kind}\uFF1A\u76F8\u540C {exact} \u9805\uFF0C\u76F8\u8FD1 {close} \u9805\uFF08\u76F8\u4F3C\u5EA6 \u2265 {threshold}\uFF09\uFF0C\u91CD\u758A {overlap}%\uFF08{counts}\uFF09",
  "cli.compare.needs-two": "compare \u9700\u8981\u5169\u9805\u4EE5\u4E0A\u7684\u8077\u80FD\u57FA\u6E96",
  "cli.compare.history-only": "{ref} \u50C5\u898B\u65BC\u7248\u672C\u8868\uFF1A\u6C92\u6709\u53EF\u6BD4\u8F03\u7684 K\u3001S\u3001A",
  "cli.threshold": "--threshold \u5FC5\u9808\u662F\u5927\u65BC 0\u3001\u4E0D\u8D85\u904E 1 \u7684\u6578\u5B57",
  "cli.severity.error": "\u932F\u8AA4",
  "cli.severity.warning": "\u8B66\u544A",
  "cli.severity.info": "\u63D0\u793A",
  "cli.rules.always": "{severity}\uFF08\u5FC5\u67E5\uFF09",
  "cli.rules.footer": "\u6BCF\u689D\u898F\u5247\u7684\u8AAA\u660E\u5728 docs/rules/<\u898F\u5247>.md\uFF1B\u4EE5 --rule \u898F\u5247=\u56B4\u91CD\u5EA6 \u6216\u5728 .compstd.yaml \u4E2D\u8ABF\u6574\u56B4\u91CD\u5EA6\u3002",
  "cli.diff.nothing": "\u6C92\u6709\u53EF\u6BD4\u8F03\u7684\u7248\u672C\u3002",
  "cli.diff.different-standards": "{from} \u8207 {to} \u662F\u4E0D\u540C\u7684\u8077\u80FD\u57FA\u6E96\uFF1A\u5176\u4EE3\u78BC\u5C07\u8996\u70BA\u540C\u4E00\u8077\u80FD\u57FA\u6E96\u7684\u5169\u500B\u7248\u672C\u4F86\u6BD4\u5C0D",
  "cli.validate.summary": (p) => `${String(p.files)} \u500B\u6A94\u6848\u4E2D\u6709 ${String(p.filesWithFindings)} \u500B\u6709\u554F\u984C\uFF1A\u932F\u8AA4 ${String(p.errors)}\u3001\u8B66\u544A ${String(p.warnings)}\u3001\u63D0\u793A ${String(p.infos)}${Number(p.suppressed) > 0 ? `\uFF08\u53E6\u6709 ${String(p.suppressed)} \u9805\u5DF2\u5217\u5165\u57FA\u6E96\u6A94\u800C\u4E0D\u8A08\uFF09` : ""}`,
  "cli.export.unknown-extension": "\u7121\u6CD5\u5F9E\u300C{file}\u300D\u5224\u65B7\u683C\u5F0F\uFF1A\u8ACB\u52A0\u4E0A --format\uFF08{formats}\uFF09",
  "cli.export.attitudes-layout": "--layout \u4E0D\u9069\u7528\u65BC --matrix attitudes\uFF1A\u614B\u5EA6\u662F\u6574\u4EFD\u8077\u80FD\u57FA\u6E96\u5171\u7528\u7684\u4E00\u5F35\u8868",
  "cli.export.nothing": "\u8ACB\u6307\u5B9A\u8981\u532F\u51FA\u7684\u8077\u80FD\u57FA\u6E96\uFF0C\u6216\u52A0\u4E0A --all",
  "cli.export.history-only": "{ref} \u50C5\u898B\u65BC\u7248\u672C\u8868\uFF1A\u76EE\u9304\u4E2D\u6C92\u6709\u5B83\u7684\u5167\u5BB9\uFF0C\u7121\u6CD5\u7522\u751F\u77E9\u9663",
  "cli.export.empty": "\u76EE\u9304\u4E2D\u6C92\u6709\u53EF\u532F\u51FA\u5167\u5BB9\u7684\u8077\u80FD\u57FA\u6E96"
};

// src/model/messages/zh-Hant/findings.ts
var KIND = {
  duty: "\u4E3B\u8981\u8077\u8CAC",
  task: "\u5DE5\u4F5C\u4EFB\u52D9",
  output: "\u5DE5\u4F5C\u7522\u51FA",
  indicator: "\u884C\u70BA\u6307\u6A19",
  knowledge: "\u77E5\u8B58",
  skill: "\u6280\u80FD",
  attitude: "\u614B\u5EA6"
}, kind = (p) => KIND[String(p.kind)] ?? String(p.kind), list = (v) => Array.isArray(v) ? v.join("\u3001") : String(v), TYPE = { integer: "\u6574\u6578", null: "null", string: "\u5B57\u4E32", object: "\u5C0D\u61C9\uFF08mapping\uFF09", array: "\u6E05\u55AE", value: "\u503C", number: "\u6578\u5B57", boolean: "\u5E03\u6797\u503C" }, at = (p) => p.at === "" || p.at === void 0 ? "\u6587\u4EF6" : String(p.at), quotedList = (v) => Array.isArray(v) ? v.map((x) => `\u300C${x}\u300D`).join("\u3001") : `\u300C${String(v)}\u300D`, value = (p) => {
  let kind2 = TYPE[String(p.foundKind)] ?? String(p.foundKind);
  return p.foundValue !== void 0 ? `${kind2} ${String(p.foundValue)}` : kind2;
}, FINDINGS_ZH = {
  // What each rule and load check finds (RuleMeta.descriptionId).
  "findings.rule.standard-code-format": "\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC\u70BA AAA9999-999vN \u7684\u5F62\u5F0F\uFF0C\u4E14\u8207 version \u4E00\u81F4",
  "findings.rule.element-code-format": "\u4E3B\u8981\u8077\u8CAC\u3001\u5DE5\u4F5C\u4EFB\u52D9\u3001\u5DE5\u4F5C\u7522\u51FA\u3001\u884C\u70BA\u6307\u6A19\u3001K\u3001S\u3001A \u7684\u4EE3\u78BC\u6709\u5176\u5F62\u5F0F\uFF08T1\u3001T1.1\u3001O1.1.1\u3001P1.1.1\u3001K01\u3001S01\u3001A01\uFF1B\u820A\u7DE8\u78BC O1.1\u3001P1.1\u3001K1\u3001S1 \u4EA6\u53EF\uFF09",
  "findings.rule.code-hierarchy": "\u4EE3\u78BC\u8207\u6240\u5728\u4F4D\u7F6E\u76F8\u7B26\uFF1AT1.1 \u5728 T1 \u4E4B\u4E0B\uFF0CO1.1.x \u8207 P1.1.x \u5728 T1.1 \u4E4B\u4E0B",
  "findings.rule.duplicate-code": "\u6C92\u6709\u5169\u500B\u5143\u7D20\uFF08\u8077\u8CAC\u3001\u4EFB\u52D9\u3001\u7522\u51FA\u3001\u6307\u6A19\u3001K\u3001S\u3001A\uFF09\u7528\u540C\u4E00\u500B\u4EE3\u78BC",
  "findings.rule.code-gap": "\u7DE8\u865F\u6C92\u6709\u8DF3\u865F\uFF1AK01\u3001K02\u3001K03\uFF0C\u800C\u975E K01\u3001K02\u3001K04",
  "findings.rule.undefined-competency": "\u4EFB\u52D9\u5217\u6240\u9700\u7684\u6BCF\u500B K \u8207 S \u90FD\u5728\u5168\u7BC7\u7684\u77E5\u8B58\u8207\u6280\u80FD\u6E05\u55AE\u4E2D\u6709\u5B9A\u7FA9",
  "findings.rule.unused-competency": "\u5168\u7BC7\u77E5\u8B58\u8207\u6280\u80FD\u6E05\u55AE\u4E2D\u7684\u6BCF\u4E00\u9805\u90FD\u81F3\u5C11\u70BA\u4E00\u500B\u4EFB\u52D9\u5217\u6240\u9700",
  "findings.rule.level-range": "\u57FA\u6E96\u7D1A\u5225\u8207\u6BCF\u500B\u8077\u80FD\u7D1A\u5225\u90FD\u5728 1 \u5230 6 \u4E4B\u9593\uFF08\u672A\u8A02\u5B9A\u6642\u70BA null\uFF09",
  "findings.rule.level-far-from-standard": "\u4EFB\u52D9\u7D1A\u5225\u8207\u57FA\u6E96\u7D1A\u5225\u76F8\u5DEE\u4E8C\u7D1A\u4EE5\u4E0A\uFF08\u5408\u6CD5\uFF1A\u4EFB\u52D9\u53EF\u8DE8\u7D1A\u5225\uFF0C\u4F46\u503C\u5F97\u4E00\u770B\uFF09",
  "findings.rule.version-table": "\u7248\u672C\u8868\u5217\u51FA\u672C\u6A94\u7684\u7248\u672C\u3001\u4EE3\u78BC\u8207\u540D\u7A31\uFF0C\u4E14\u53EA\u6709\u4E00\u500B\u6700\u65B0\u7248\u672C",
  "findings.rule.version-succession": "\u6BCF\u500B\u6B77\u53F2\u7248\u672C\u5217\u8A3B\u660E\u53D6\u4EE3\u5B83\u7684\u7248\u672C\uFF08\u5DF2\u88AB\u300A\u2026\u300B\u53D6\u4EE3\uFF09\uFF0C\u65E5\u671F\u96A8\u7248\u672C\u905E\u589E",
  "findings.rule.file-path": "\u6A94\u6848\u4F4D\u65BC\u5176\u4EE3\u78BC\u8207\u7248\u672C\u7684 <CODE>/v<N>.yaml",
  "findings.rule.duplicate-version": "\u6C92\u6709\u5169\u500B\u6A94\u6848\u5BA3\u7A31\u540C\u4E00\u500B\u4EE3\u78BC\u8207\u7248\u672C",
  "findings.rule.stale-current": "\u5DF2\u6709\u8F03\u65B0\u7248\u672C\u7684\u6A94\u6848\u6642\uFF0C\u820A\u7248\u672C\u7684\u6A94\u6848\u4E0D\u518D\u6A19\u793A\u70BA\u6700\u65B0\u7248\u672C",
  "findings.rule.unexplained-rename": "\u540C\u4E00\u4EE3\u78BC\u63DB\u4E86\u540D\u7A31\u6642\uFF0C\u8F03\u65B0\u7248\u672C\u7684\u7248\u672C\u8868\u6709\u4E00\u5217\u8AAA\u660E",
  "findings.rule.cjk-space": "\u4E2D\u6587\u8A5E\u4E2D\u6C92\u6709\u5F9E PDF \u8907\u88FD\u7559\u4E0B\u7684\u7A7A\u683C\uFF08\u300C\u7DAD \u904B\u65E5\u8A8C\u8868\u300D\uFF09",
  "findings.rule.glued-code": "\u6587\u5B57\u4E2D\u6C92\u6709\u9ECF\u5728\u4E00\u8D77\u7684\u5143\u7D20\u4EE3\u78BC\uFF08\u300C\u2026\u5C08\u5229T1.3\u5206\u6790\u2026\u300D\uFF09\uFF1A\u8907\u88FD\u6642\u5408\u4F75\u7684\u5132\u5B58\u683C",
  "findings.rule.empty-text": "\u6C92\u6709\u7A7A\u767D\u6587\u5B57\uFF1A\u6BCF\u500B\u6A19\u984C\u3001\u540D\u7A31\u3001\u6307\u6A19\u3001\u7522\u51FA\u8207\u8AAA\u660E\u90FD\u6709\u5167\u5BB9",
  "findings.rule.footnote-missing": "\u6BCF\u500B\u3010\u8A3BN\u3011\u6A19\u8A18\u5728\u5176\u4ED6\u88DC\u5145\u8AAA\u660E\u4E2D\u90FD\u6709\u8A3B\u91CB",
  "findings.rule.line-ends": "\u6A94\u6848\u70BA\u4E0D\u542B BOM \u7684 UTF-8\uFF0C\u884C\u5C3E\u70BA LF",
  "findings.rule.yaml-syntax": "\u6A94\u6848\u662F\u683C\u5F0F\u6B63\u78BA\u7684 YAML",
  "findings.rule.yaml-duplicate-key": "\u540C\u4E00\u500B\u5C0D\u61C9\u4E2D\u6C92\u6709\u91CD\u8907\u7684\u9375",
  "findings.rule.yaml-unknown-tag": "\u6C92\u6709 !!js/function \u4E4B\u985E\u7684\u81EA\u8A02\u6A19\u7C64",
  "findings.rule.yaml-alias-bomb": "\u5225\u540D\u4E0D\u6703\u7121\u9650\u5C55\u958B\uFF08billion laughs\uFF09",
  "findings.rule.yaml-too-deep": "\u5DE2\u72C0\u5C64\u6578\u4E0D\u6703\u6DF1\u5230\u8017\u76E1\u5256\u6790\u5668",
  "findings.rule.empty-file": "\u6A94\u6848\u4E0D\u662F\u7A7A\u7684",
  "findings.rule.binary-file": "\u6A94\u6848\u662F\u6587\u5B57\u800C\u975E\u4E8C\u9032\u4F4D\u6A94",
  "findings.rule.invalid-utf8": "\u6A94\u6848\u662F\u6709\u6548\u7684 UTF-8",
  "findings.rule.file-too-large": "\u6A94\u6848\u4E0D\u5927\u65BC\u4E00\u4EFD\u8077\u80FD\u57FA\u6E96\u53EF\u80FD\u7684\u5927\u5C0F",
  "findings.rule.unreadable": "\u6A94\u6848\u53EF\u4EE5\u8B80\u53D6",
  "findings.rule.schema": "\u6A94\u6848\u7B26\u5408 schemas/standard.schema.json",
  "findings.rule.baseline-stale": "\u57FA\u6E96\u6A94\uFF08baseline\uFF09\u4E2D\u7684\u6BCF\u4E00\u9805\u4ECD\u5C0D\u61C9\u5230\u4E00\u500B\u767C\u73FE",
  "findings.rule.published": (p) => `\u5DF2\u767C\u5E03\u6587\u4EF6\u672C\u8EAB\u7684\u7F3A\u5931\uFF08\u8F49\u9304\u4FDD\u7559\u539F\u6A23\uFF09\uFF1A${PUBLISHED_ZH[String(p.rule)] ?? String(p.rule)}`,
  "findings.cjkSpace": "\u4E2D\u6587\u8A5E\u4E2D\u9593\u6709\u7A7A\u683C\uFF1A\u300C{space}\u300D\uFF0C\u5728\u300C{text}\u300D",
  "findings.codeGap": (p) => `${String(p.code)} \u63A5\u5728 ${String(p.prev)} \u4E4B\u5F8C\uFF1A\u7F3A\u5C11 ${list(p.missing)}`,
  "findings.codeHierarchy": (p) => `${kind(p)} ${String(p.code)} \u4F4D\u65BC ${String(p.owner)} \u4E4B\u4E0B\uFF0C\u4F46\u5176\u4EE3\u78BC\u8868\u793A\u5C6C\u65BC ${String(p.parent)}`,
  "findings.duplicateCode.same": "{code} \u7528\u4E86\u5169\u6B21\uFF1A\u6B64\u8655\u70BA\u300C{text}\u300D\uFF0C\u5148\u524D\u4E5F\u662F\u540C\u6A23\u7684\u6587\u5B57",
  "findings.duplicateCode.other": "{code} \u7528\u4E86\u5169\u6B21\uFF1A\u6B64\u8655\u70BA\u300C{text}\u300D\uFF0C\u5148\u524D\u70BA\u300C{first}\u300D",
  "findings.duplicateVersion": "{key} \u4E5F\u7531 {other} \u5B9A\u7FA9",
  "findings.elementCodeFormat.code": (p) => `${kind(p)}\u4EE3\u78BC\u300C${String(p.code)}\u300D\u4E0D\u662F ${String(p.example)} \u7684\u5F62\u5F0F`,
  "findings.elementCodeFormat.ref": (p) => `${kind(p)}\u53C3\u7167\u300C${String(p.code)}\u300D\u4E0D\u662F ${String(p.example)} \u7684\u5F62\u5F0F`,
  "findings.emptyText": "{field} \u662F\u7A7A\u7684",
  "findings.filePath": "{code} \u61C9\u4F4D\u65BC {want}\uFF0C\u800C\u975E {actual}",
  "findings.footnoteMissing": "\u3010{marker}\u3011\u6C92\u6709\u8A3B\u91CB\uFF1A\u5176\u4ED6\u88DC\u5145\u8AAA\u660E\u4E2D\u6C92\u6709\u4EE5\u3010{marker}\u3011\u958B\u982D\u7684\u4E00\u884C",
  "findings.gluedCode": "\u4EE3\u78BC {code} \u9ECF\u5728\u6587\u5B57\u4E2D\uFF1A\u300C{text}\u300D",
  "findings.levelFar": "{owner} \u7684\u7D1A\u5225\u70BA {level}\uFF0C\u8207\u57FA\u6E96\u7D1A\u5225 {base} \u76F8\u5DEE {distance}",
  "findings.levelRange.standard": "\u57FA\u6E96\u7D1A\u5225 {level} \u4E0D\u5728 1\u20136 \u7D1A\u4E4B\u5167",
  "findings.levelRange.row": "{owner} \u7684\u7D1A\u5225 {level} \u4E0D\u5728 1\u20136 \u7D1A\u4E4B\u5167",
  "findings.lineEnds.bom": "\u6A94\u6848\u4EE5 UTF-8 \u4F4D\u5143\u7D44\u9806\u5E8F\u6A19\u8A18\uFF08BOM\uFF09\u958B\u982D\uFF1B\u8ACB\u5B58\u6210\u4E0D\u542B BOM \u7684\u6A94\u6848",
  "findings.lineEnds.crlf": "\u884C\u5C3E\u70BA CRLF\uFF08Windows\uFF09\uFF0C\u7B2C\u4E00\u8655\u5728\u7B2C {line} \u884C\uFF1B\u8ACB\u5B58\u6210 LF",
  "findings.staleCurrent": "v{version} \u4ECD\u6A19\u793A\u70BA\u6700\u65B0\u7248\u672C\uFF0C\u4F46 {file} \u6709 v{newest}",
  "findings.standardCodeFormat.code": "\u300C{code}\u300D\u4E0D\u662F AAA9999-999vN \u5F62\u5F0F\u7684\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC\uFF08\u5982 IIS3512-001v3\uFF09",
  "findings.standardCodeFormat.version": "version {version} \u8207\u4EE3\u78BC {code} \u4E0D\u4E00\u81F4",
  "findings.standardCodeFormat.row": "\u7248\u672C\u8868\u4E2D\u7684\u300C{code}\u300D\u4E0D\u662F AAA9999-999vN \u5F62\u5F0F\u7684\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC",
  "findings.undefinedCompetency": (p) => `${String(p.owner)} \u9700\u8981 ${String(p.code)}\uFF0C\u4F46${p.kind === "knowledge" ? "\u77E5\u8B58" : "\u6280\u80FD"}\u6E05\u55AE\u4E2D\u6C92\u6709\u5B9A\u7FA9`,
  "findings.unexplainedRename": "{base} \u5728 v{version} \u540D\u70BA\u300C{name}\u300D\uFF0C\u5728 v{oldVersion}\uFF08{oldFile}\uFF09\u540D\u70BA\u300C{oldName}\u300D\uFF0C\u7248\u672C\u8868\u4E2D\u6C92\u6709\u4E00\u5217\u8AAA\u660E",
  "findings.unusedCompetency": "{code} {name} \u6709\u5B9A\u7FA9\uFF0C\u4F46\u6C92\u6709\u4EFB\u52D9\u9700\u8981\u5B83",
  "findings.versionSuccession.unnamed": "\u6B77\u53F2\u7248\u672C v{version} \u6C92\u6709\u8A3B\u660E\u88AB\u54EA\u500B\u7248\u672C\u53D6\u4EE3\uFF08\u5DF2\u88AB\u300A\u2026\u300B\u53D6\u4EE3\uFF09",
  "findings.versionSuccession.other": "v{version} \u8A3B\u660E\u88AB {named} \u53D6\u4EE3\uFF0C\u4F46\u4E0B\u4E00\u500B\u7248\u672C\u662F {next}",
  "findings.versionSuccession.date": "v{version} \u7684\u65E5\u671F {date} \u4E0D\u665A\u65BC v{prev} \u7684 {prevDate}",
  "findings.versionTable.missing": "\u7248\u672C\u8868\u6C92\u6709\u5217\u51FA\u672C\u6A94\u7684\u7248\u672C {version}",
  "findings.versionTable.ownHistorical": "\u672C\u6A94\u7684\u7248\u672C {version} \u88AB\u5217\u70BA\u6B77\u53F2\u7248\u672C\uFF0C\u4E14\u6C92\u6709\u8A3B\u660E\u53D6\u4EE3\u5B83\u7684\u7248\u672C",
  "findings.versionTable.code": "\u7248\u672C\u8868\u5C07 v{version} \u5217\u70BA {rowCode}\uFF0C\u672C\u6A94\u4EE3\u78BC\u70BA {code}",
  "findings.versionTable.name": "\u7248\u672C\u8868\u4E2D v{version} \u540D\u70BA\u300C{rowName}\u300D\uFF0C\u672C\u6A94\u70BA\u300C{name}\u300D",
  "findings.versionTable.newer": "\u7248\u672C\u8868\u5217\u51FA v{version}\uFF0C\u6BD4\u672C\u6A94\u7684 v{own} \u9084\u65B0",
  "findings.versionTable.twoCurrent": "\u9664\u672C\u6A94\u7684 v{own} \u5916\uFF0Cv{version} \u4E5F\u88AB\u5217\u70BA\u6700\u65B0\u7248\u672C",
  "findings.versionTable.twice": "v{version} \u5217\u4E86\u5169\u6B21",
  "findings.yaml.syntax": "YAML \u8A9E\u6CD5\u932F\u8AA4\uFF1A{detail}",
  "findings.yaml.unclosed": "\u672A\u9589\u5408\u7684\u300C{open}\u300D\uFF1A\u958B\u5728\u7B2C {line} \u884C\u7B2C {column} \u6B04\uFF0C\u5256\u6790\u5668\u5728\u7B2C {endLine} \u884C\u7B2C {endColumn} \u6B04\u653E\u68C4\uFF08{detail}\uFF09",
  "findings.yaml.duplicateKey": "\u540C\u4E00\u500B\u5C0D\u61C9\u4E2D\u6709\u91CD\u8907\u7684\u9375\uFF1A{detail}",
  "findings.yaml.unknownTag": "\u4E0D\u5141\u8A31\u81EA\u8A02\u6A19\u7C64\uFF1A{detail}",
  "findings.yaml.tooDeep": "\u5DE2\u72C0\u592A\u6DF1\uFF1A{detail}",
  "findings.yaml.warning": "YAML \u8B66\u544A\uFF1A{detail}",
  "findings.yaml.aliasBomb": "\u6587\u4EF6\u7121\u6CD5\u5C55\u958B\uFF1A{detail}",
  "findings.schema.missing": (p) => `${at(p)} \u7F3A\u5C11\u5FC5\u8981\u7684\u5C6C\u6027 ${quotedList(p.props)}`,
  "findings.schema.unknownProperty": (p) => `${at(p)} \u6709\u672A\u77E5\u7684\u5C6C\u6027\u300C${String(p.name)}\u300D`,
  "findings.schema.type": (p) => `${at(p)} \u5FC5\u9808\u662F${(Array.isArray(p.expected) ? p.expected : [String(p.expected)]).map((k) => TYPE[k] ?? k).join("\u6216")}\uFF0C\u5BE6\u70BA${value(p)}`,
  "findings.schema.enum": (p) => `${at(p)} \u5FC5\u9808\u662F ${Array.isArray(p.allowed) ? p.allowed.join("\u3001") : String(p.allowed)} \u4E4B\u4E00\uFF0C\u5BE6\u70BA${value(p)}`,
  "findings.schema.empty": (p) => `${at(p)} \u4E0D\u53EF\u70BA\u7A7A`,
  "findings.schema.date": (p) => `${at(p)} \u5FC5\u9808\u662F\u5BEB\u6210 YYYY-MM-DD \u7684\u65E5\u671F\uFF0C\u5BE6\u70BA${value(p)}`,
  "findings.schema.pattern": (p) => `${at(p)} \u5FC5\u9808\u7B26\u5408 ${String(p.pattern)}\uFF0C\u5BE6\u70BA${value(p)}`,
  "findings.schema.minimum": (p) => `${at(p)} \u5FC5\u9808\u81F3\u5C11\u70BA ${String(p.min)}\uFF0C\u5BE6\u70BA${value(p)}`,
  "findings.schema.other": (p) => `${at(p)} ${String(p.detail)}`,
  "findings.load.empty": "\u6A94\u6848\u662F\u7A7A\u7684\uFF1A\u8077\u80FD\u57FA\u6E96\u6A94\u5305\u542B\u4E00\u500B YAML \u5C0D\u61C9",
  "findings.load.tooLarge": "\u6A94\u6848\u6709 {size} \u4F4D\u5143\u7D44\uFF1B\u8077\u80FD\u57FA\u6E96\u6A94\u6700\u591A {max} \u4F4D\u5143\u7D44",
  "findings.load.binary": "\u6A94\u6848\u662F\u4E8C\u9032\u4F4D\u6A94\uFF08\u542B\u6709 NUL \u4F4D\u5143\u7D44\uFF09\uFF0C\u4E0D\u662F YAML \u6587\u5B57",
  "findings.load.invalidUtf8": "\u6A94\u6848\u4E0D\u662F\u6709\u6548\u7684 UTF-8\uFF08\u7B2C {byte} \u4F4D\u5143\u7D44\uFF09\uFF1B\u8ACB\u5B58\u6210 UTF-8",
  "findings.load.missing": "\u7121\u6CD5\u8B80\u53D6\u6A94\u6848\uFF1A\u6C92\u6709\u9019\u500B\u6A94\u6848",
  "findings.load.directory": "\u7121\u6CD5\u8B80\u53D6\u6A94\u6848\uFF1A\u9019\u662F\u4E00\u500B\u8CC7\u6599\u593E",
  "findings.load.permission": "\u7121\u6CD5\u8B80\u53D6\u6A94\u6848\uFF1A\u6B0A\u9650\u4E0D\u8DB3",
  "findings.load.other": "\u7121\u6CD5\u8B80\u53D6\u6A94\u6848\uFF1A{detail}",
  "findings.baseline.invalid": "{file} \u4E0D\u662F compstd \u7684\u57FA\u6E96\u6A94\uFF08baseline\uFF09\uFF1A{detail}",
  "findings.baseline.unreadable": "\u7121\u6CD5\u8B80\u53D6\u57FA\u6E96\u6A94 {file}\uFF1A{detail}",
  "findings.baseline.written": "\u5DF2\u5BEB\u5165\u57FA\u6E96\u6A94 {file}\uFF1A{entries} \u9805\u3001{findings} \u500B\u767C\u73FE",
  "findings.baseline.stale": (p) => `\u57FA\u6E96\u6A94\u4E2D ${String(p.file)} \u7684 ${String(p.rule)}\uFF08${String(p.message)}\uFF09\u8A18\u6709 ${String(p.count)} \u6B21\uFF0C\u73FE\u5728\u53EA\u51FA\u73FE ${String(p.found)} \u6B21\uFF1A\u8ACB\u4EE5 --write-baseline \u66F4\u65B0\u57FA\u6E96\u6A94`
}, PUBLISHED_ZH = {
  "standard-code-format": "\u7248\u672C\u8868\u4E2D\u7684\u4EE3\u78BC\u5F62\u5F0F\u4E0D\u6B63\u78BA",
  "element-code-format": "\u4EE3\u78BC\u5F62\u5F0F\u4E0D\u6B63\u78BA",
  "code-hierarchy": "\u4EE3\u78BC\u8207\u6240\u5728\u4F4D\u7F6E\u4E0D\u7B26",
  "duplicate-code": "\u91CD\u8907\u7684\u4EE3\u78BC",
  "code-gap": "\u8DF3\u865F",
  "undefined-competency": "\u4EFB\u52D9\u9700\u8981\u7684 K \u6216 S \u672A\u5B9A\u7FA9",
  "unused-competency": "\u6C92\u6709\u4EFB\u52D9\u9700\u8981\u7684 K \u6216 S",
  "level-range": "\u7D1A\u5225\u4E0D\u5728 1\u20136 \u4E4B\u5167",
  "version-table": "\u7248\u672C\u8868\u4E0D\u5B8C\u6574\u6216\u932F\u4E82",
  "version-succession": "\u7248\u672C\u8868\u7684\u6B77\u53F2\u5217\u6216\u65E5\u671F",
  "glued-code": "\u5132\u5B58\u683C\u5408\u4F75\u9032\u4E86\u9130\u683C\u7684\u4EE3\u78BC",
  "empty-text": "\u7A7A\u767D\u6587\u5B57",
  "footnote-missing": "\u8A3B\u89E3\u6A19\u8A18\u6C92\u6709\u8A3B\u91CB"
};

// src/model/messages/zh-Hant/io.ts
var REASONS = {
  ENOENT: "\u6C92\u6709\u9019\u500B\u6A94\u6848\u6216\u8CC7\u6599\u593E",
  ENOTDIR: "\u8DEF\u5F91\u4E2D\u6709\u4E00\u6BB5\u662F\u6A94\u6848\uFF0C\u4E0D\u662F\u8CC7\u6599\u593E",
  EISDIR: "\u5B83\u662F\u8CC7\u6599\u593E",
  EACCES: "\u6C92\u6709\u6B0A\u9650",
  EPERM: "\u4E0D\u5141\u8A31\u9019\u500B\u64CD\u4F5C",
  EROFS: "\u6A94\u6848\u7CFB\u7D71\u662F\u552F\u8B80\u7684",
  ENOSPC: "\u88DD\u7F6E\u5DF2\u7121\u5269\u9918\u7A7A\u9593",
  EDQUOT: "\u8D85\u904E\u78C1\u789F\u914D\u984D",
  EFBIG: "\u6A94\u6848\u5C0D\u9019\u500B\u6A94\u6848\u7CFB\u7D71\u800C\u8A00\u592A\u5927",
  ENAMETOOLONG: "\u540D\u7A31\u592A\u9577",
  ELOOP: "\u7B26\u865F\u9023\u7D50\u5C64\u6578\u592A\u591A",
  EEXIST: "\u5DF2\u7D93\u5B58\u5728",
  EMFILE: "\u958B\u555F\u7684\u6A94\u6848\u592A\u591A",
  ENFILE: "\u958B\u555F\u7684\u6A94\u6848\u592A\u591A",
  EIO: "\u8F38\u5165\uFF0F\u8F38\u51FA\u932F\u8AA4",
  EBUSY: "\u6A94\u6848\u5FD9\u788C\u4E2D",
  ETXTBSY: "\u6A94\u6848\u5FD9\u788C\u4E2D",
  EXDEV: "\u4F4D\u65BC\u53E6\u4E00\u500B\u6A94\u6848\u7CFB\u7D71",
  EINVAL: "\u53C3\u6578\u7121\u6548",
  ENXIO: "\u6C92\u6709\u9019\u500B\u88DD\u7F6E",
  ENODEV: "\u6C92\u6709\u9019\u500B\u88DD\u7F6E",
  EAGAIN: "\u8F38\u5165\u5C1A\u672A\u5C31\u7DD2\uFF08\u975E\u963B\u585E\uFF09",
  EBADF: "\u6A94\u6848\u672A\u958B\u555F",
  ECONNRESET: "\u9023\u7DDA\u88AB\u91CD\u8A2D",
  "not-regular": "\u5B83\u4E0D\u662F\u4E00\u822C\u6A94\u6848\uFF08\u662F\u88DD\u7F6E\u3001FIFO \u6216 socket\uFF09",
  "too-large": "\u8D85\u904E\u5927\u5C0F\u4E0A\u9650"
}, reason = (p) => {
  let code = String(p.code ?? ""), why = REASONS[code] ?? (code !== "" ? `\u7CFB\u7D71\u932F\u8AA4 ${code}` : "\u672A\u77E5\u7684\u932F\u8AA4");
  return p.limit !== void 0 ? `${why}\uFF08\u81F3\u591A ${String(p.limit)} \u4F4D\u5143\u7D44\uFF09` : why;
}, IO_ZH = {
  "io.read": (p) => `\u7121\u6CD5\u8B80\u53D6 ${String(p.file)}\uFF1A${reason(p)}`,
  "io.write": (p) => `\u7121\u6CD5\u5BEB\u5165 ${String(p.file)}\uFF1A${reason(p)}`,
  "io.stdin": (p) => `\u7121\u6CD5\u8B80\u53D6\u6A19\u6E96\u8F38\u5165\uFF1A${reason(p)}`,
  "io.stdout": (p) => `\u7121\u6CD5\u5BEB\u5165\u6A19\u6E96\u8F38\u51FA\uFF1A${reason(p)}`,
  "io.write.exists": "{file} \u5DF2\u5B58\u5728\uFF1A\u8981\u8986\u5BEB\u8ACB\u52A0\u4E0A --force",
  "io.write.symlink": "{file} \u662F\u7B26\u865F\u9023\u7D50\uFF1Acompstd \u4E0D\u6703\u900F\u904E --into \u8CC7\u6599\u593E\u5167\u7684\u9023\u7D50\u5BEB\u5165",
  "io.write.not-regular": "{file} \u4E0D\u662F\u4E00\u822C\u6A94\u6848\uFF08\u662F\u88DD\u7F6E\u3001FIFO \u6216 socket\uFF09\uFF1Acompstd \u53EA\u5BEB\u5165\u4E00\u822C\u6A94\u6848\uFF0C\u8ACB\u6539\u7528\u6A19\u6E96\u8F38\u51FA\u91CD\u65B0\u5C0E\u5411",
  "io.path.invalid-code": "\u6587\u4EF6\u7684\u4EE3\u78BC\u300C{code}\u300D\u4E0D\u662F\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC\uFF083 \u500B\u82F1\u6587\u5B57\u6BCD\u30014 \u500B\u6578\u5B57\u3001\u300C-\u300D\u30013 \u500B\u6578\u5B57\uFF0C\u4F8B\u5982 IIS3512-001v3\uFF09\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.invalid-version": "\u6587\u4EF6\u7684\u7248\u672C\u300C{version}\u300D\u4E0D\u662F\u5F9E 1 \u8D77\u7684\u6574\u6578\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.traversal": "\u540D\u7A31\u300C{name}\u300D\u6703\u96E2\u958B {root}\uFF08. \u6216 .. \u6216\u8DEF\u5F91\u5206\u9694\u7B26\u865F\uFF09\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.absolute": "\u540D\u7A31\u300C{name}\u300D\u662F\u7D55\u5C0D\u8DEF\u5F91\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.control": "\u540D\u7A31\u300C{name}\u300D\u542B\u6709 NUL \u6216\u5176\u4ED6\u63A7\u5236\u5B57\u5143\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.too-long": "\u540D\u7A31\u300C{name}\u300D\u592A\u9577\uFF08{length} \u4F4D\u5143\u7D44\uFF1B\u81F3\u591A {max}\uFF09\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.outside": "{path} \u4E0D\u5728 {root} \u4E4B\u5167\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.not-folder": "{path} \u4E0D\u662F\u8CC7\u6599\u593E\uFF1A\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848",
  "io.path.symlink": "{path} \u662F\u7B26\u865F\u9023\u7D50\uFF1Acompstd \u4E0D\u6703\u8DDF\u96A8 {root} \u5167\u7684\u9023\u7D50\uFF0C\u672A\u5BEB\u5165\u4EFB\u4F55\u6A94\u6848"
};

// src/model/messages/zh-Hant/import.ts
var COLUMN = { duty: "\u4E3B\u8981\u8077\u8CAC", task: "\u5DE5\u4F5C\u4EFB\u52D9", outputs: "\u5DE5\u4F5C\u7522\u51FA", indicators: "\u884C\u70BA\u6307\u6A19", level: "\u8077\u80FD\u7D1A\u5225" }, list2 = (v) => Array.isArray(v) ? v.join("\u3001") : String(v ?? ""), columns = (v) => Array.isArray(v) ? v.map((c) => COLUMN[c] ?? c).join("\u3001") : String(v ?? ""), kindName = (k) => k === "K" ? "\u77E5\u8B58" : k === "S" ? "\u6280\u80FD" : k === "O" ? "\u5DE5\u4F5C\u7522\u51FA" : k === "P" ? "\u884C\u70BA\u6307\u6A19" : String(k), IMPORT_ZH = {
  "import.comment.head": "{title}\uFF1A\u7531\u5DF2\u767C\u5E03\u6587\u4EF6\u8F49\u9304\uFF08{layout}\u7248\u9762\uFF09\u3002",
  "import.comment.continuation": (p) => `${list2(p.codes)} \u5370\u5728\u5206\u9801\u5F8C\u7684\u5EF6\u7E8C\u5217\uFF08\u898B repairs\uFF09\u3002`,
  "import.layout.pipe": "\u7BA1\u7DDA\u8868\u683C",
  "import.layout.tab": "\u5B9A\u4F4D\u5B57\u5143\u5206\u9694",
  "import.warn.outsideText": "\u6587\u4EF6\u8868\u683C\u5916\u7684\u6587\u5B57\u672A\u7D0D\u5165\uFF1A\u300C{text}\u300D",
  "import.warn.strayRow": "\u4E0D\u5C6C\u65BC\u6587\u4EF6\u4EFB\u4F55\u90E8\u5206\u7684\u8868\u683C\u5217\u672A\u7D0D\u5165\uFF1A{cells}",
  "import.warn.versionRowNoCode": "\u7248\u672C\u8868\u7684 V{version} \u5217\u6C92\u6709\u5370\u51FA\u4EE3\u78BC\uFF1A\u8996\u70BA {code}",
  "import.warn.noName": "\u8868\u982D\u6C92\u6709\u586B\u5BEB\u540D\u7A31\uFF08\u8077\u985E\u6216\u8077\u696D\uFF09\uFF1A\u63A1\u7528\u7248\u672C\u8868\u4E2D\u7684\u540D\u7A31",
  "import.warn.noDescription": "\u8868\u982D\u6C92\u6709\u5DE5\u4F5C\u63CF\u8FF0",
  "import.warn.versionRowEmpty": "\u7248\u672C\u8868\u7684\u4E00\u5217\u65E2\u7121\u7248\u672C\uFF08V2\uFF09\u4E5F\u7121\u4EE3\u78BC\uFF1A{cells}",
  "import.warn.versionRowNoVersion": "\u7248\u672C\u8868\u4E2D {code} \u7684\u5217\u6C92\u6709\u5370\u51FA\u7248\u672C\uFF1A\u8996\u70BA 1",
  "import.warn.versionRowNoStatus": "\u7248\u672C\u8868\u7684 V{version} \u5217\u6C92\u6709\u5370\u51FA\u72C0\u614B\uFF08\u6700\u65B0\u7248\u672C\u6216\u6B77\u53F2\u7248\u672C\uFF09",
  "import.warn.versionRowJoined": "\u7248\u672C\u8868\u7684 V{version} \u5217\u5728\u5132\u5B58\u683C\u4E2D\u63DB\u884C\uFF08\u7B2C {line} \u884C\uFF09\uFF1A\u5DF2\u63A5\u56DE\u540C\u4E00\u5217",
  "import.warn.nameTwice": "\u540D\u7A31\u586B\u4E86\u5169\u6B21\uFF0C\u5206\u5225\u70BA{first}\u8207{second}\uFF1A\u4FDD\u7559\u7B2C\u4E00\u500B",
  "import.warn.classNoCode": "{label}\u5217\u300C{name}\u300D\u6C92\u6709\u5370\u51FA{codeLabel}",
  "import.warn.levelNotNumber": "\u57FA\u6E96\u7D1A\u5225\u300C{value}\u300D\u4E0D\u662F\u6578\u5B57\uFF1A\u8996\u70BA\u672A\u8A02\u5B9A",
  "import.warn.rowLevel": "\u8077\u80FD\u7D1A\u5225\u300C{value}\u300D\u4E0D\u662F 1\u20136 \u7684\u7D1A\u5225\uFF1A\u8996\u70BA\u672A\u8A02\u5B9A",
  "import.warn.noCode": (p) => `${kindName(p.kind)}\u6B04\u4E2D\u7684\u300C${String(p.text)}\u300D\u6C92\u6709\u4EE3\u78BC\uFF1A\u672A\u5217\u5165\u6E05\u55AE\uFF0C\u539F\u6587\u8A18\u65BC repairs`,
  "import.warn.refNoCode": (p) => `${kindName(p.kind)}\u6B04\u4E2D\u7684\u300C${String(p.text)}\u300D\u6C92\u6709 ${String(p.kind)} \u4EE3\u78BC\uFF1A\u672A\u7D0D\u5165`,
  "import.warn.swallowed": "{owner} \u7684\u5DE5\u4F5C\u4EFB\u52D9\u5132\u5B58\u683C\u542B\u6709\u9130\u683C\u7684\u300C{code} {text}\u300D\uFF08\u8868\u4E2D\u53E6\u6709\u771F\u6B63\u7684 {code}\uFF09\uFF1A\u4FDD\u7559\u539F\u6587\u65BC {owner} \u7684\u540D\u7A31\u4E2D\uFF0C\u4E0D\u53E6\u7ACB\u4EFB\u52D9",
  "import.warn.attitudeNoCode": "\u8077\u80FD\u5167\u6DB5 A \u4E0B\u7684\u300C{text}\u300D\u6C92\u6709 A \u4EE3\u78BC\uFF1A\u672A\u7D0D\u5165",
  "import.warn.noteBeforeHeading": "\u300C{text}\u300D\u4F4D\u65BC\u8AAA\u660E\u8207\u88DC\u5145\u4E8B\u9805\u4E2D\u3001\u5169\u500B\u5C0F\u6A19\u984C\u4E4B\u524D\uFF1A\u5217\u70BA\u5176\u4ED6\u88DC\u5145\u8AAA\u660E",
  "import.note.codeWithoutVersion": "\u8868\u982D\u5370\u51FA\u7684\u4EE3\u78BC\u6C92\u6709\u7248\u672C\uFF1B\u6A94\u6848\u4EE3\u78BC\u6A19\u660E\u7248\u672C {version}",
  "import.note.mergedPageBreak": (p) => `\u5206\u9801\u628A ${String(p.code)} \u7684\u5217\u5207\u6210\u5169\u6BB5\uFF1A\u91CD\u8907\u8868\u982D\u5F8C\u7684\u90A3\u4E00\u5217\uFF0C${columns(p.empty)}\u6B04\u70BA\u7A7A\uFF0C\u542B\u6709 ${list2(p.held)}\u3002\u5B83\u5011\u5C6C\u65BC ${String(p.code)}\uFF0C\u5DF2\u4F75\u56DE\u5176\u5217\u3002`,
  "import.note.mergedLineBreak": (p) => `\u7B2C ${String(p.line)} \u884C\u7684\u63DB\u884C\u628A ${String(p.code)} \u7684\u5217\u5207\u6210\u5169\u6BB5\uFF1A\u5176\u5F8C\u4E00\u5217\u7684${columns(p.empty)}\u6B04\u70BA\u7A7A\uFF0C\u542B\u6709 ${list2(p.held)}\u3002\u5B83\u5011\u5C6C\u65BC ${String(p.code)}\uFF0C\u5DF2\u4F75\u56DE\u5176\u5217\u3002`,
  "import.note.rejoined": "\u300C{text}\u300D\u8207 {at} \u5176\u9918\u7684\u6587\u5B57\u5206\u958B\u5370\u51FA\uFF08\u5206\u9801\u6216\u63DB\u884C\uFF09\uFF0C\u5DF2\u63A5\u56DE",
  "import.note.suffixBack": "\u300C{text}\u300D\u662F {owner} \u6587\u5B57\u7684\u7D50\u5C3E\uFF0C\u5370\u5728 {after} \u4E4B\u5F8C\uFF1B\u8907\u88FD\u6642\u53C8\u91CD\u8907\u4E86 {code}",
  "import.note.repeated": "\u8907\u88FD\u6642\u5728\u540C\u4E00\u683C\u91CD\u8907\u4E86 {code}\u300C{text}\u300D\uFF1B\u5DF2\u522A\u9664\u91CD\u8907",
  "import.note.splitGlued": "{code} \u9ECF\u5728 {prev} \u6587\u5B57\u7684\u7D50\u5C3E\uFF0C\u5DF2\u5206\u958B",
  "import.note.splitWidth": "{printed} \u662F {code} \u52A0\u4E0A\u4EE5\u6578\u5B57\u958B\u982D\u7684\u6587\u5B57\uFF1A\u672C\u6587\u4EF6\u7684 {kind} \u4EE3\u78BC\u70BA {width} \u4F4D\u6578",
  "import.note.noCode": (p) => `${kindName(p.kind)}\u6B04\u4E2D\u9019\u6BB5\u6587\u5B57\u5370\u51FA\u6642\u6C92\u6709\u4EE3\u78BC\uFF0C\u672A\u5217\u5165\u6E05\u55AE\uFF08\u532F\u5165\u4E0D\u81EA\u884C\u7DE8\u78BC\uFF09`,
  "import.note.swallowed": "\u9019\u6BB5\u5370\u5728 {owner} \u7684\u5132\u5B58\u683C\u4E2D\uFF0C\u662F\u9130\u683C\u7684\u6587\u5B57\uFF1B\u8868\u4E2D\u7684 {code} \u53E6\u6709\u5176\u5217\uFF0C\u6545\u4E0D\u53E6\u7ACB\u4EFB\u52D9",
  "import.note.attitudeLines": "{code} \u8DE8 {lines} \u884C\uFF08\u8907\u88FD\u9020\u6210\u7684\u63DB\u884C\uFF09\uFF0C\u5DF2\u63A5\u5408",
  "import.error.at": "{file}:{line}: {detail}",
  "import.error.tooLong": "\u6587\u5B57\u9577 {length} \u500B\u5B57\u5143\uFF1A\u4E00\u4EFD iCAP \u8077\u80FD\u57FA\u6E96\u7684\u6587\u5B57\u5C11\u65BC {max}",
  "import.error.notDocument": "\u4E0D\u662F\u6587\u5B57\u5F62\u5F0F\u7684 iCAP \u8077\u80FD\u57FA\u6E96\uFF1A\u9810\u671F\u6709\u5176\u8868\u683C\uFF08\u7BA1\u7DDA\u8868\u683C | \u4E3B\u8981\u8077\u8CAC | \u5DE5\u4F5C\u4EFB\u52D9 | \u2026 \u6216\u5B9A\u4F4D\u5B57\u5143\u5206\u9694\u7684\u5132\u5B58\u683C\uFF09\uFF0C\u4F46\u627E\u4E0D\u5230\u4EFB\u4F55\u8868\u683C\u5217\uFF08no table row\uFF09",
  "import.error.headerNoCode": "\u9810\u671F\u6709\u542B\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC\u7684\u8868\u982D\uFF08\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC | IIS3512-001v3\uFF09\uFF0C\u4F46\u8868\u982D\u6C92\u6709\u4EE3\u78BC",
  "import.error.noHeader": "\u9810\u671F\u6709\u542B\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC\u7684\u8868\u982D\uFF08\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC | IIS3512-001v3\uFF09\uFF0C\u4F46\u6C92\u6709\u627E\u5230",
  "import.error.noTaskTable": "\u9810\u671F\u5728\u8868\u982D\uFF08\u7B2C {header} \u884C\uFF09\u4E4B\u5F8C\u6709\u5DE5\u4F5C\u4EFB\u52D9\u8868\uFF0C\u5176\u8868\u982D\u70BA \u4E3B\u8981\u8077\u8CAC | \u5DE5\u4F5C\u4EFB\u52D9 | \u5DE5\u4F5C\u7522\u51FA | \u884C\u70BA\u6307\u6A19 | \u8077\u80FD\u7D1A\u5225 | \u8077\u80FD\u5167\u6DB5 K | \u8077\u80FD\u5167\u6DB5 S\uFF1B\u6587\u5B57\u7D50\u675F\u6642\u4ECD\u672A\u51FA\u73FE",
  "import.error.noTask": "\u5DE5\u4F5C\u4EFB\u52D9\u8868\u4E2D\u6C92\u6709\u4EFB\u4F55\u5DE5\u4F5C\u4EFB\u52D9\uFF08T1.1 \u2026\uFF09",
  "import.error.noAttitudes": "\u9810\u671F\u5728\u5DE5\u4F5C\u4EFB\u52D9\u8868\uFF08\u6700\u5F8C\u4E00\u5217\u5728\u7B2C {table} \u884C\uFF09\u4E4B\u5F8C\u6709\u8077\u80FD\u5167\u6DB5 (A=attitude \u614B\u5EA6)\uFF1B\u6587\u5B57\u7D50\u675F\u6642\u4ECD\u672A\u51FA\u73FE\u2014\u2014\u662F\u5426\u88AB\u622A\u65B7\uFF1F",
  "import.error.noNotes": "\u9810\u671F\u5728\u614B\u5EA6\uFF08\u7B2C {attitudes} \u884C\uFF09\u4E4B\u5F8C\u6709\u8AAA\u660E\u8207\u88DC\u5145\u4E8B\u9805\uFF1B\u6587\u5B57\u7D50\u675F\u6642\u4ECD\u672A\u51FA\u73FE\u2014\u2014\u662F\u5426\u88AB\u622A\u65B7\uFF1F",
  "import.error.columns": (p) => `\u7121\u6CD5\u8FA8\u8B58\u5DE5\u4F5C\u4EFB\u52D9\u8868\u7684\u6B04\u4F4D\uFF1A\u9810\u671F ${String(p.expected)}\uFF1B\u627E\u5230 ${String(p.found) || "\uFF08\u7121\uFF09"}\uFF08\u7F3A\u5C11 ${list2(p.missing)}\uFF09`,
  "import.error.rowWidth": "\u6B64\u5217\u6709 {cells} \u683C\uFF0C\u4F46\u5DE5\u4F5C\u4EFB\u52D9\u8868\u7684\u8868\u982D\uFF08\u7B2C {head} \u884C\uFF09\u6709 {width} \u683C\uFF1A\u9810\u671F\u6B04\u4F4D {expected}",
  "import.error.taskCode": "\u9810\u671F\u5DE5\u4F5C\u4EFB\u52D9\u5132\u5B58\u683C\u4EE5\u4EFB\u52D9\u4EE3\u78BC\uFF08T1.1 \u2026\uFF09\u958B\u982D\uFF0C\u627E\u5230\u300C{found}\u300D",
  "import.error.dutyFirst": "\u9810\u671F\u7B2C\u4E00\u500B\u4EFB\u52D9\u4E4B\u524D\u6709\u4E3B\u8981\u8077\u8CAC\uFF08T1 \u2026\uFF09\uFF0C\u4F46\u6C92\u6709",
  "import.error.firstTask": "\u9810\u671F\u5DE5\u4F5C\u4EFB\u52D9\u8868\u7684\u7B2C\u4E00\u5217\u6709\u5DE5\u4F5C\u4EFB\u52D9\uFF08T1.1 \u2026\uFF09\uFF0C\u4F46\u5132\u5B58\u683C\u662F\u7A7A\u7684",
  "import.error.dutyCode": "\u9810\u671F\u4E3B\u8981\u8077\u8CAC\u5132\u5B58\u683C\u4EE5\u8077\u8CAC\u4EE3\u78BC\uFF08T1\u3001T2 \u2026\uFF09\u958B\u982D\uFF0C\u627E\u5230\u300C{found}\u300D"
};

// src/model/messages/zh-Hant/repo.ts
var how = (p) => {
  switch (p.how) {
    case "flag":
      return "\u7531 --catalog \u6307\u5B9A";
    case "env":
      return "\u7531 COMPSTD_CATALOG \u6307\u5B9A";
    case "config":
      return `\u7531 ${String(p.config)} \u6307\u5B9A`;
    case "standards-folder":
      return "\u5F9E\u76EE\u524D\u8CC7\u6599\u593E\u5F80\u4E0A\u627E\u5230\u7684 standards/ \u8CC7\u6599\u593E";
    default:
      return "\u5F9E\u76EE\u524D\u8CC7\u6599\u593E\u5F80\u4E0A\u627E\u4E0D\u5230 .compstd.yaml \u6216 standards/ \u8CC7\u6599\u593E";
  }
}, REPO_ZH = {
  "repo.catalogue": (p) => p.how === "bundled" ? `\u57FA\u6E96\u76EE\u9304\uFF1A\u5167\u9644\u7684\u8077\u80FD\u57FA\u6E96\uFF08${how(p)}\uFF09` : `\u57FA\u6E96\u76EE\u9304\uFF1A${String(p.root)}\uFF08${how(p)}\uFF09${p.reference !== void 0 ? "\uFF1B\u5176\u5F8C\u70BA\u5167\u9644\u7684\u8077\u80FD\u57FA\u6E96\uFF0C\u50C5\u4F9B\u53C3\u7167" : ""}`,
  "repo.catalogMissing": (p) => `\u57FA\u6E96\u76EE\u9304\u8CC7\u6599\u593E ${String(p.path)} \u4E0D\u5B58\u5728\uFF08${p.how === "env" ? "COMPSTD_CATALOG" : "--catalog"}\uFF09`,
  "repo.config.notMapping": "{file}\uFF1A\u61C9\u70BA\u542B {keys} \u7B49\u9375\u7684\u5C0D\u61C9\u8868",
  "repo.config.unknownKey": "{file}\uFF1A\u4E0D\u8A8D\u5F97\u7684\u9375\u300C{key}\u300D\uFF08\u53EF\u7528\uFF1A{keys}\uFF09",
  "repo.config.catalogType": "{file}\uFF1Acatalog \u61C9\u70BA\u76F8\u5C0D\u65BC\u6B64\u6A94\u7684\u8CC7\u6599\u593E\uFF0C\u4F8B\u5982 catalog: standards",
  "repo.config.catalogOutside": "{file}\uFF1Acatalog {path} \u5FC5\u9808\u662F\u6B64\u6A94\u6240\u5728\u8CC7\u6599\u593E\u4E4B\u5167\u7684\u8CC7\u6599\u593E",
  "repo.config.catalogMissing": "{file}\uFF1A\u57FA\u6E96\u76EE\u9304\u8CC7\u6599\u593E {path} \u4E0D\u5B58\u5728\uFF08compstd init \u6703\u5EFA\u7ACB\u5B83\uFF09",
  "repo.config.reference": "{file}\uFF1Areference \u61C9\u70BA bundled \u6216 none\uFF0C\u800C\u975E {value}",
  "repo.init.wrote": "\u5DF2\u5BEB\u5165 {path}",
  "repo.init.made": "\u5DF2\u5EFA\u7ACB {path}/",
  "repo.init.kept": "\u4FDD\u7559 {path}\uFF08\u5DF2\u5B58\u5728\uFF09",
  "repo.init.differs": "\u4FDD\u7559 {path}\uFF1A\u8207 compstd {version} \u6240\u9644\u7684\u4E0D\u540C\uFF1B\u522A\u9664\u5B83\u518D\u57F7\u884C compstd init \u5373\u53EF\u66F4\u65B0",
  "repo.init.done": (p) => `compstd init\uFF1A\u5728 ${String(p.dir)} \u5BEB\u5165 ${String(p.wrote)} \u500B\u3001\u4FDD\u7559 ${String(p.kept)} \u500B\u3002\u4E0B\u4E00\u6B65\uFF1Acompstd import \u6587\u4EF6.txt --into ${String(p.catalog)}\uFF0C\u518D compstd validate`,
  "repo.init.notFolder": "{path} \u4E0D\u662F\u8CC7\u6599\u593E",
  "repo.init.badSource": "--from {spec}\uFF1A\u61C9\u70BA npm install \u53EF\u63A5\u53D7\u7684\u4F86\u6E90\uFF08compstd@0.1.0\u3001git \u7DB2\u5740\u6216 tarball\uFF09",
  "repo.init.unsafe": "{path} \u6703\u7D93\u7531\u7B26\u865F\u9023\u7D50\u5BEB\u5230\u8CC7\u6599\u593E\u4E4B\u5916\uFF1A\u672A\u5BEB\u5165",
  "repo.modeline.noSchema": "\u5728 {path} \u4EE5\u4E0A\u627E\u4E0D\u5230 schemas/standard.schema.json\uFF1A\u5176 modeline \u6307\u5411 compstd \u7684\u5B89\u88DD\u4F4D\u7F6E\uFF08compstd init \u6703\u628A schema \u8907\u88FD\u9032\u5132\u5B58\u5EAB\uFF09"
};

// src/model/messages/zh-Hant/course.ts
var COURSE_ZH = {};

// src/model/messages/zh-Hant/document.ts
var DOCUMENT_ZH = {
  "document.notZip": "{file}\uFF1A\u4E0D\u662F DOCX \u6216 ODT \u6587\u4EF6\uFF08\u6A94\u6848\u958B\u982D\u4E0D\u662F zip \u58D3\u7E2E\u6A94\uFF09",
  "document.brokenZip.noEnd": "{file}\uFF1Azip \u58D3\u7E2E\u6A94\u5DF2\u640D\u58DE\uFF1A\u627E\u4E0D\u5230\u7D50\u5C3E\u7684\u4E2D\u592E\u76EE\u9304\uFF08\u6A94\u6848\u88AB\u622A\u65B7\uFF1F\uFF09",
  "document.brokenZip.zip64": "{file}\uFF1A\u4E0D\u8B80\u53D6 ZIP64 \u58D3\u7E2E\u6A94\uFF08DOCX \u8207 ODT \u7528\u4E0D\u5230\uFF09",
  "document.brokenZip.directory": "{file}\uFF1Azip \u58D3\u7E2E\u6A94\u5DF2\u640D\u58DE\uFF1A\u4E2D\u592E\u76EE\u9304\u6709\u8AA4",
  "document.brokenZip.entry": "{file}\uFF1Azip \u58D3\u7E2E\u6A94\u5DF2\u640D\u58DE\uFF1A{entry} \u7684\u8CC7\u6599\u6709\u8AA4\u6216\u88AB\u622A\u65B7",
  "document.brokenZip.encrypted": "{file}\uFF1A{entry} \u5DF2\u52A0\u5BC6\uFF0C\u7121\u6CD5\u8B80\u53D6",
  "document.brokenZip.method": "{file}\uFF1A{entry} \u4F7F\u7528\u58D3\u7E2E\u65B9\u6CD5 {method}\uFF08\u53EA\u8B80\u53D6 stored \u8207 deflate\uFF09",
  "document.brokenZip.inflate": "{file}\uFF1Azip \u58D3\u7E2E\u6A94\u5DF2\u640D\u58DE\uFF1A{entry} \u7121\u6CD5\u89E3\u58D3\u7E2E",
  "document.brokenZip.size": "{file}\uFF1Azip \u58D3\u7E2E\u6A94\u5DF2\u640D\u58DE\uFF1A{entry} \u89E3\u58D3\u5F8C {got} \u4F4D\u5143\u7D44\uFF0C\u6A19\u982D\u5BA3\u544A {want}",
  "document.zipBomb.entries": "{file}\uFF1A\u62D2\u7D55\u8B80\u53D6\u7591\u4F3C\u58D3\u7E2E\u70B8\u5F48\uFF08zip bomb\uFF09\u7684\u6A94\u6848\uFF1A\u6709 {count} \u500B\u9805\u76EE\uFF08\u4E0A\u9650 {max}\uFF09",
  "document.zipBomb.total": "{file}\uFF1A\u62D2\u7D55\u8B80\u53D6\u7591\u4F3C\u58D3\u7E2E\u70B8\u5F48\uFF08zip bomb\uFF09\u7684\u6A94\u6848\uFF1A\u89E3\u58D3\u5F8C\u8D85\u904E {max} \u4F4D\u5143\u7D44",
  "document.zipBomb.ratio": "{file}\uFF1A\u62D2\u7D55\u8B80\u53D6\u7591\u4F3C\u58D3\u7E2E\u70B8\u5F48\uFF08zip bomb\uFF09\u7684\u6A94\u6848\uFF1A{entry} \u58D3\u7E2E\u6BD4 {ratio} \u6BD4 1\uFF08\u4E0A\u9650 {max} \u6BD4 1\uFF09",
  "document.zipBomb.entry": "{file}\uFF1A\u62D2\u7D55\u8B80\u53D6\u7591\u4F3C\u58D3\u7E2E\u70B8\u5F48\uFF08zip bomb\uFF09\u7684\u6A94\u6848\uFF1A{entry} \u89E3\u58D3\u5F8C {size} \u4F4D\u5143\u7D44\uFF08\u4E0A\u9650 {max}\uFF09",
  "document.zipBomb.inflate": "{file}\uFF1A\u62D2\u7D55\u8B80\u53D6\u7591\u4F3C\u58D3\u7E2E\u70B8\u5F48\uFF08zip bomb\uFF09\u7684\u6A94\u6848\uFF1A{entry} \u89E3\u58D3\u5F8C\u8D85\u904E\u6A19\u982D\u5BA3\u544A\u7684 {size} \u4F4D\u5143\u7D44",
  "document.tooLarge": "{file}\uFF1A\u6A94\u6848\u6709 {bytes} \u4F4D\u5143\u7D44\uFF0C\u8D85\u904E\u4E0A\u9650 {max}\uFF1B\u8077\u80FD\u57FA\u6E96\u6587\u4EF6\u9060\u5C0F\u65BC\u6B64",
  "document.notOffice": "{file}\uFF1A\u662F zip \u58D3\u7E2E\u6A94\uFF0C\u4F46\u65E2\u975E DOCX\uFF08\u7F3A word/document.xml\uFF09\u4E5F\u975E ODT\uFF08\u7F3A content.xml\uFF09",
  "document.notText": "{file}\uFF1A\u662F OpenDocument \u4F46\u4E0D\u662F\u6587\u5B57\u6587\u4EF6\uFF08mimetype \u70BA {type}\uFF09",
  "document.badXml": "{file}\uFF1A{part} \u4E0D\u662F\u6B63\u78BA\u7684 XML\uFF1A{why}",
  "document.notUtf8": "{file}\uFF1A{part} \u4E0D\u662F UTF-8 \u7DE8\u78BC\u7684\u6587\u5B57",
  "document.doctype": "{file}\uFF1A{part} \u5BA3\u544A\u4E86 DOCTYPE \u6216\u5BE6\u9AD4\uFF08entity\uFF09\uFF1B\u70BA\u5B89\u5168\u8D77\u898B\u4E0D\u4E88\u8B80\u53D6\uFF08DOCX \u8207 ODT \u5F9E\u4E0D\u9700\u8981\uFF09",
  "document.noBody": "{file}\uFF1A{part} \u6C92\u6709\u6587\u4EF6\u672C\u6587",
  "document.oneStandard": ({ count }) => `DOCX\uFF0FODT \u4E00\u4EFD\u6587\u4EF6\u53EA\u653E\u4E00\u500B\u8077\u80FD\u57FA\u6E96\uFF0C\u9019\u88E1\u6709 ${String(count)} \u500B\uFF1A\u8ACB\u4E00\u6B21\u532F\u51FA\u4E00\u500B`,
  "document.needOutput": "DOCX\uFF0FODT \u662F\u4E8C\u9032\u4F4D\u6A94\u6848\uFF1A\u8ACB\u7528 -o \u6307\u5B9A\u8F38\u51FA\u6A94"
};

// src/model/messages/zh-Hant/ci.ts
var CI_ZH = {
  "ci.gitMissing": "\u627E\u4E0D\u5230 git\uFF08\u672A\u5B89\u88DD\u6216\u4E0D\u5728 PATH \u4E2D\uFF09\uFF1Adiff --git \u8207 REV:path \u9700\u8981 git",
  "ci.gitTooOld": "git \u7248\u672C\u904E\u820A\uFF1Acompstd \u9700\u8981 git 2.24 \u4EE5\u4E0A\uFF08--end-of-options\uFF09",
  "ci.notARepository": "{dir} \u4E0D\u5728 git \u5132\u5B58\u5EAB\u4E2D",
  "ci.badRevision": "\u300C{rev}\u300D\u4E0D\u662F git \u7248\u672C\uFF1A\u7248\u672C\u540D\u7A31\u4E0D\u6703\u4EE5\u300C-\u300D\u958B\u982D",
  "ci.unknownRevision": "git \u627E\u4E0D\u5230\u7248\u672C\u300C{rev}\u300D\uFF08\u65BC {dir}\uFF09\uFF1A\u8ACB\u5148\u53D6\u5F97\uFF0C\u4F8B\u5982 git fetch origin main",
  "ci.notAtRevision": "{path} \u5728 {rev} \u4E2D\u4E0D\u5B58\u5728",
  "ci.gitOutputTooLarge": "{what} \u8D85\u904E {limit} \u4F4D\u5143\u7D44\uFF0C\u4E0D\u4E88\u8B80\u53D6",
  "ci.gitFailed": "{command} \u5931\u6557\uFF1A{detail}",
  "ci.nothingChanged": "\u81EA {base} \u4EE5\u4F86\uFF0C{catalog} \u4E2D\u6C92\u6709\u8077\u80FD\u57FA\u6E96\u6A94\u6848\u7570\u52D5",
  "ci.newStandard": "{code}\uFF08{path}\uFF09\u70BA\u65B0\u589E\uFF1A\u6C92\u6709\u8F03\u65E9\u7684\u7248\u672C\u53EF\u6BD4\u8F03",
  "ci.noMergeBase": "HEAD \u8207 {base} \u5728\u6B64\u6C92\u6709\u5171\u540C\u6B77\u53F2\uFF08\u6DFA\u5C64\u8907\u88FD\uFF1F\uFF09\uFF1A\u6539\u8207 {base} \u672C\u8EAB\u6BD4\u8F03\uFF0C{base} \u5728\u5206\u652F\u4E4B\u5F8C\u7684\u7570\u52D5\u4E5F\u6703\u5217\u70BA\u8B8A\u66F4\uFF1B\u8ACB\u53D6\u5F97\u5B8C\u6574\u6B77\u53F2\uFF08actions/checkout \u8A2D fetch-depth: 0\uFF09"
};

// src/model/messages/zh-Hant/limits.ts
var LIMITS_ZH = {
  "limits.exportWide": "\u9019 {standards} \u4EFD\u8077\u80FD\u57FA\u6E96\u7684\u5BEC\u8868\u77E9\u9663\u5C07\u6709 {rows} \u5217 \xD7 {columns} \u6B04\uFF08{cells} \u683C\uFF0C\u5E7E\u4E4E\u5168\u7A7A\uFF09\uFF0C\u8D85\u904E\u4E0A\u9650 {limit} \u683C\u3002\u8ACB\u6539\u7528 --layout long\uFF08\u6BCF\u500B\u5DE5\u4F5C\u4EFB\u52D9 \xD7 \u8077\u80FD\u4E00\u5217\uFF09\uFF0C\u6216\u6E1B\u5C11\u532F\u51FA\u7684\u8077\u80FD\u57FA\u6E96",
  "limits.regexUnsupported": "--regex\uFF1A{detail}\u3002\u6B63\u898F\u8868\u793A\u5F0F\u4EE5\u7DDA\u6027\u6642\u9593\u5F15\u64CE\uFF08RE2 \u8A9E\u6CD5\uFF09\u57F7\u884C\uFF1A\u4E0D\u652F\u63F4\u53CD\u5411\u53C3\u7167\uFF08\\1\uFF09\u8207\u74B0\u8996\uFF08(?=\u2026)\u3001(?<=\u2026)\uFF09"
};

// src/model/messages/en/cli.ts
var n = (count, one, many) => `${String(count)} ${Number(count) === 1 ? one : many}`, CLI_EN = {
  "cli.unknown-format": 'There is no output format "{format}"; allowed: {allowed}',
  "cli.binary-needs-output": "{format} is binary: give a file to write with -o",
  "cli.wrote": "wrote {file}",
  "cli.list.summary": (p) => `${n(p.versions, "version", "versions")} of ${n(p.standards, "standard", "standards")}`,
  "cli.list.none": "No standards match.",
  "cli.list.history-legend": "\u2014 marks a version known only from a version table: the catalogue does not hold its content.",
  "cli.search.none": "No matches.",
  "cli.search.summary": (p) => `${n(p.hits, "match", "matches")} in ${n(p.standards, "standard", "standards")}`,
  "cli.compare.summary": "{kind}: {exact} shared, {close} close (score \u2265 {threshold}), overlap {overlap}% ({counts})",
  "cli.compare.needs-two": "compare needs two or more standards",
  "cli.compare.history-only": "{ref} is known only from a version table: it has no K, S or A to compare",
  "cli.threshold": "--threshold must be a number above 0 and at most 1",
  "cli.severity.error": "error",
  "cli.severity.warning": "warning",
  "cli.severity.info": "info",
  "cli.rules.always": "{severity} (always)",
  "cli.rules.footer": "Each rule is documented in docs/rules/<rule>.md; set severities with --rule id=severity or in .compstd.yaml.",
  "cli.diff.nothing": "Nothing to compare.",
  "cli.diff.different-standards": "{from} and {to} are different standards: their codes are matched as if one were a version of the other",
  "cli.validate.summary": (p) => `${n(p.errors, "error", "errors")}, ${n(p.warnings, "warning", "warnings")}, ${n(p.infos, "info", "infos")} in ${String(p.filesWithFindings)} of ${n(p.files, "file", "files")}${Number(p.suppressed) > 0 ? ` (${String(p.suppressed)} suppressed by the baseline)` : ""}`,
  "cli.export.unknown-extension": 'Cannot tell the format from "{file}": give --format ({formats})',
  "cli.export.attitudes-layout": "--layout does not apply to --matrix attitudes: the attitudes are one table for the whole standard",
  "cli.export.nothing": "Name the standards to export, or give --all",
  "cli.export.history-only": "{ref} is known only from a version table: its content is not in the catalogue, so it has no matrix",
  "cli.export.empty": "The catalogue has no standard with content to export"
};

// src/model/messages/en/findings.ts
var list3 = (v) => Array.isArray(v) ? v.join(", ") : String(v), TYPE2 = { integer: "an integer", null: "null", string: "a string", object: "a mapping", array: "a list", value: "a value", number: "a number", boolean: "a boolean" }, at2 = (p) => p.at === "" || p.at === void 0 ? "the document" : String(p.at), value2 = (p) => {
  let kind2 = String(p.foundKind);
  return p.foundValue === void 0 ? kind2 === "null" ? "null" : TYPE2[kind2] ?? `a ${kind2}` : `${kind2 === "integer" ? "the integer" : kind2 === "number" ? "the number" : kind2 === "boolean" ? "the boolean" : "the string"} ${String(p.foundValue)}`;
}, FINDINGS_EN = {
  "findings.rule.standard-code-format": "The standard code is AAA9999-999vN and its version agrees with `version`",
  "findings.rule.element-code-format": "Duty, task, output, indicator, K, S and A codes have their form (T1, T1.1, O1.1.1, P1.1.1, K01, S01, A01; the old numbering O1.1, P1.1, K1, S1 too)",
  "findings.rule.code-hierarchy": "Codes agree with where they stand: T1.1 under T1, O1.1.x and P1.1.x under T1.1",
  "findings.rule.duplicate-code": "No code is used by two elements (duties, tasks, outputs, indicators, K, S, A)",
  "findings.rule.code-gap": "Numbering has no gaps: K01, K02, K03 \u2014 not K01, K02, K04",
  "findings.rule.undefined-competency": "Every K and S a task row needs is defined in the standard-wide knowledge and skills lists",
  "findings.rule.unused-competency": "Every K and S of the standard-wide lists is needed by at least one task row",
  "findings.rule.level-range": "\u57FA\u6E96\u7D1A\u5225 and every \u8077\u80FD\u7D1A\u5225 are between 1 and 6 (or null when not set)",
  "findings.rule.level-far-from-standard": "A task level two or more away from \u57FA\u6E96\u7D1A\u5225 (legal: tasks may span levels, but worth a look)",
  "findings.rule.version-table": "The version table lists the file's own version under its own code and name, and one current version",
  "findings.rule.version-succession": "Each historical row names the version that replaced it (\u5DF2\u88AB\u300A\u2026\u300B\u53D6\u4EE3) and dates increase with versions",
  "findings.rule.file-path": "The file is at <CODE>/v<N>.yaml for its own code and version",
  "findings.rule.duplicate-version": "No two files claim one code and version",
  "findings.rule.stale-current": "An older version's file does not still say it is current when a newer file exists",
  "findings.rule.unexplained-rename": "The same code under another name is explained by a row of the newer version table",
  "findings.rule.cjk-space": "No spaces inside Chinese words, left by copying from a PDF (\u300C\u7DAD \u904B\u65E5\u8A8C\u8868\u300D)",
  "findings.rule.glued-code": "No element code glued inside a text (\u300C\u2026\u5C08\u5229T1.3\u5206\u6790\u2026\u300D): a cell that copying merged",
  "findings.rule.empty-text": "No empty texts: every title, name, indicator, output and note says something",
  "findings.rule.footnote-missing": "Every \u3010\u8A3BN\u3011 marker has its note in \u5176\u4ED6\u88DC\u5145\u8AAA\u660E",
  "findings.rule.line-ends": "The file is UTF-8 without a byte order mark, with LF line ends (it reads the same either way)",
  "findings.rule.yaml-syntax": "The file is well-formed YAML",
  "findings.rule.yaml-duplicate-key": "No key appears twice in one mapping",
  "findings.rule.yaml-unknown-tag": "No custom tags such as !!js/function",
  "findings.rule.yaml-alias-bomb": "Aliases do not expand without bound (billion laughs)",
  "findings.rule.yaml-too-deep": "Nesting is not so deep that it exhausts the parser",
  "findings.rule.empty-file": "The file is not empty",
  "findings.rule.binary-file": "The file is text, not binary",
  "findings.rule.invalid-utf8": "The file is valid UTF-8",
  "findings.rule.file-too-large": "The file is not larger than a standard can be",
  "findings.rule.unreadable": "The file can be read",
  "findings.rule.schema": "The file follows schemas/standard.schema.json",
  "findings.rule.baseline-stale": "Every entry of the baseline still matches a finding",
  "findings.rule.published": (p) => `A defect of the published document itself, kept as published in a transcription: ${PUBLISHED_EN[String(p.rule)] ?? String(p.rule)}`,
  "findings.cjkSpace": "a space inside a Chinese word: \u300C{space}\u300D in \u300C{text}\u300D",
  "findings.codeGap": (p) => {
    let missing = Array.isArray(p.missing) ? p.missing : [String(p.missing)];
    return `${String(p.code)} follows ${String(p.prev)}: ${list3(p.missing)} ${missing.length === 1 ? "is" : "are"} missing`;
  },
  "findings.codeHierarchy": "{kind} {code} stands under {owner}, but its code says {parent}",
  "findings.duplicateCode.same": "{code} is used twice: here for \u300C{text}\u300D, before for the same text",
  "findings.duplicateCode.other": "{code} is used twice: here for \u300C{text}\u300D, before for \u300C{first}\u300D",
  "findings.duplicateVersion": "{key} is also defined by {other}",
  "findings.elementCodeFormat.code": '{kind} code "{code}" is not of the form {example}',
  "findings.elementCodeFormat.ref": '{kind} reference "{code}" is not of the form {example}',
  "findings.emptyText": "{field} is empty",
  "findings.filePath": "{code} belongs at {want}, not {actual}",
  "findings.footnoteMissing": "\u3010{marker}\u3011 has no note: \u5176\u4ED6\u88DC\u5145\u8AAA\u660E has no line starting with \u3010{marker}\u3011",
  "findings.gluedCode": "the code {code} is glued inside the text \u300C{text}\u300D",
  "findings.levelFar": "{owner} is at level {level}, {distance} from the standard's level {base}",
  "findings.levelRange.standard": "\u57FA\u6E96\u7D1A\u5225 {level} is outside the levels 1\u20136",
  "findings.levelRange.row": "{owner}'s level {level} is outside the levels 1\u20136",
  "findings.lineEnds.bom": "the file starts with a UTF-8 byte order mark; save it without one",
  "findings.lineEnds.crlf": "CRLF line ends (Windows), first at line {line}; save with LF",
  "findings.staleCurrent": "v{version} still says it is current, but {file} has v{newest}",
  "findings.standardCodeFormat.code": '"{code}" is not a standard code of the form AAA9999-999vN (e.g. IIS3512-001v3)',
  "findings.standardCodeFormat.version": "version {version} does not agree with the code {code}",
  "findings.standardCodeFormat.row": '"{code}" in the version table is not a standard code of the form AAA9999-999vN',
  "findings.undefinedCompetency": (p) => `${String(p.code)} is needed by ${String(p.owner)} but not defined in ${p.kind === "knowledge" ? "knowledge" : "skills"}`,
  "findings.unexplainedRename": "{base} is \u300C{name}\u300D in v{version} but \u300C{oldName}\u300D in v{oldVersion} ({oldFile}), and no version-table row says so",
  "findings.unusedCompetency": "{code} {name} is defined but no task needs it",
  "findings.versionSuccession.unnamed": "historical v{version} does not say which version replaced it (\u5DF2\u88AB\u300A\u2026\u300B\u53D6\u4EE3)",
  "findings.versionSuccession.other": "v{version} says it was replaced by {named}, but the next version is {next}",
  "findings.versionSuccession.date": "v{version} is dated {date}, not after v{prev}'s {prevDate}",
  "findings.versionTable.missing": "the version table does not list this file's version {version}",
  "findings.versionTable.ownHistorical": "this file's own version {version} is listed as historical, and nothing is named as replacing it",
  "findings.versionTable.code": "the version table lists v{version} as {rowCode}, the file's code is {code}",
  "findings.versionTable.name": "the version table names v{version} \u300C{rowName}\u300D, the file \u300C{name}\u300D",
  "findings.versionTable.newer": "the version table lists v{version}, newer than this file's v{own}",
  "findings.versionTable.twoCurrent": "v{version} is listed as current besides this file's v{own}",
  "findings.versionTable.twice": "v{version} is listed twice",
  "findings.yaml.syntax": "YAML syntax error: {detail}",
  "findings.yaml.unclosed": "an unclosed \u300C{open}\u300D opened at line {line}, column {column}; the parser gave up at line {endLine}, column {endColumn} ({detail})",
  "findings.yaml.duplicateKey": "a key appears twice in one mapping: {detail}",
  "findings.yaml.unknownTag": "custom tags are not allowed: {detail}",
  "findings.yaml.tooDeep": "nested too deep: {detail}",
  "findings.yaml.warning": "YAML warning: {detail}",
  "findings.yaml.aliasBomb": "The document could not be expanded: {detail}",
  "findings.schema.missing": (p) => {
    let props = Array.isArray(p.props) ? p.props : [String(p.props)];
    return `${at2(p)} is missing the required ${props.length === 1 ? "property" : "properties"} ${props.map((x) => `"${x}"`).join(", ")}`;
  },
  "findings.schema.unknownProperty": (p) => `${at2(p)} has an unknown property "${String(p.name)}"`,
  "findings.schema.type": (p) => `${at2(p)} must be ${(Array.isArray(p.expected) ? p.expected : [String(p.expected)]).map((k) => TYPE2[k] ?? k).join(" or ")}, found ${value2(p)}`,
  "findings.schema.enum": (p) => `${at2(p)} must be one of ${Array.isArray(p.allowed) ? p.allowed.join(", ") : String(p.allowed)}, found ${value2(p)}`,
  "findings.schema.empty": (p) => `${at2(p)} must not be empty`,
  "findings.schema.date": (p) => `${at2(p)} must be a date written YYYY-MM-DD, found ${value2(p)}`,
  "findings.schema.pattern": (p) => `${at2(p)} must match ${String(p.pattern)}, found ${value2(p)}`,
  "findings.schema.minimum": (p) => `${at2(p)} must be at least ${String(p.min)}, found ${value2(p)}`,
  "findings.schema.other": (p) => `${at2(p)} ${String(p.detail)}`,
  "findings.load.empty": "The file is empty: a standard file holds one YAML mapping",
  "findings.load.tooLarge": "The file is {size} bytes; a standard file is at most {max} bytes",
  "findings.load.binary": "The file is binary (it holds a NUL byte), not YAML text",
  "findings.load.invalidUtf8": "The file is not valid UTF-8 (byte {byte}); save it as UTF-8",
  "findings.load.missing": "Cannot read the file: no such file",
  "findings.load.directory": "Cannot read the file: it is a directory",
  "findings.load.permission": "Cannot read the file: permission denied",
  "findings.load.other": "Cannot read the file: {detail}",
  "findings.baseline.invalid": "{file} is not a compstd baseline: {detail}",
  "findings.baseline.unreadable": "Cannot read the baseline {file}: {detail}",
  "findings.baseline.written": "wrote the baseline {file}: {entries} entries, {findings} findings",
  "findings.baseline.stale": (p) => `the baseline lists ${String(p.rule)} (${String(p.message)}) in ${String(p.file)} ${String(p.count)} time(s), found ${String(p.found)}: update it with --write-baseline`
}, PUBLISHED_EN = {
  "standard-code-format": "a malformed code in the version table",
  "element-code-format": "a malformed code",
  "code-hierarchy": "a code that disagrees with where it stands",
  "duplicate-code": "a code used twice",
  "code-gap": "a gap in numbering",
  "undefined-competency": "a K or S a task needs but the lists lack",
  "unused-competency": "a K or S no task needs",
  "level-range": "a level outside 1\u20136",
  "version-table": "an incomplete or garbled version table",
  "version-succession": "historical rows or dates of the version table",
  "glued-code": "a cell that swallowed its neighbour's code",
  "empty-text": "an empty text",
  "footnote-missing": "a footnote marker without its note"
};

// src/model/messages/en/io.ts
var REASONS2 = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "the file is too large for the file system",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many levels of symbolic links",
  EEXIST: "it already exists",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EIO: "input/output error",
  EBUSY: "the file is busy",
  ETXTBSY: "the file is busy",
  EXDEV: "it is on another file system",
  EINVAL: "invalid argument",
  ENXIO: "no such device",
  ENODEV: "no such device",
  EAGAIN: "the input is not ready (non-blocking)",
  EBADF: "the file is not open",
  ECONNRESET: "the connection was reset",
  "not-regular": "it is not a regular file (a device, FIFO or socket)",
  "too-large": "it is larger than the limit"
}, reason2 = (p) => {
  let code = String(p.code ?? ""), why = REASONS2[code] ?? (code !== "" ? `system error ${code}` : "unknown error");
  return p.limit !== void 0 ? `${why} (${String(p.limit)} bytes at most)` : why;
}, IO_EN = {
  "io.read": (p) => `Cannot read ${String(p.file)}: ${reason2(p)}`,
  "io.write": (p) => `Cannot write ${String(p.file)}: ${reason2(p)}`,
  "io.stdin": (p) => `Cannot read standard input: ${reason2(p)}`,
  "io.stdout": (p) => `Cannot write to standard output: ${reason2(p)}`,
  "io.write.exists": "{file} exists: give --force to overwrite it",
  "io.write.symlink": "{file} is a symbolic link: compstd does not write through links inside an --into folder",
  "io.write.not-regular": "{file} is not a regular file (a device, FIFO or socket): compstd writes only regular files; redirect standard output instead",
  "io.path.invalid-code": `The document's code "{code}" is not a standard code (3 letters, 4 digits, "-", 3 digits, e.g. IIS3512-001v3): nothing was written`,
  "io.path.invalid-version": `The document's version "{version}" is not a whole number from 1: nothing was written`,
  "io.path.traversal": 'The name "{name}" would lead out of {root} (. or .. or a separator): nothing was written',
  "io.path.absolute": 'The name "{name}" is an absolute path: nothing was written',
  "io.path.control": 'The name "{name}" holds a NUL or another control character: nothing was written',
  "io.path.too-long": 'The name "{name}" is too long ({length} bytes; at most {max}): nothing was written',
  "io.path.outside": "{path} is not inside {root}: nothing was written",
  "io.path.not-folder": "{path} is not a folder: nothing was written",
  "io.path.symlink": "{path} is a symbolic link: compstd does not follow links inside {root}, nothing was written"
};

// src/model/messages/en/import.ts
var COLUMN2 = { duty: "duty", task: "task", outputs: "output", indicators: "indicator", level: "level" }, listAnd = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`, list4 = (v) => Array.isArray(v) ? listAnd(v) : String(v ?? ""), columns2 = (v) => Array.isArray(v) ? listAnd(v.map((c) => COLUMN2[c] ?? c)) : String(v ?? ""), kindName2 = (k) => k === "K" ? "\u77E5\u8B58" : k === "S" ? "\u6280\u80FD" : k === "O" ? "\u5DE5\u4F5C\u7522\u51FA" : k === "P" ? "\u884C\u70BA\u6307\u6A19" : String(k), IMPORT_EN = {
  "import.comment.head": "{title} \u2014 transcribed from the published document ({layout} layout).",
  "import.comment.continuation": (p) => `${list4(p.codes)} ${Array.isArray(p.codes) && p.codes.length > 1 ? "were" : "was"} printed in a continuation row after the page break (repairs).`,
  "import.layout.pipe": "pipe-table",
  "import.layout.tab": "tab-separated",
  "import.warn.outsideText": "text outside the document's tables left out: \u300C{text}\u300D",
  "import.warn.strayRow": "a table row that belongs to no part of the document was left out: {cells}",
  "import.warn.versionRowNoCode": "the version table's row V{version} prints no code: taken as {code}",
  "import.warn.noName": "the header fills in no name (\u8077\u985E or \u8077\u696D): the version table\u2019s is used",
  "import.warn.noDescription": "the header has no \u5DE5\u4F5C\u63CF\u8FF0",
  "import.warn.versionRowEmpty": "a row of the version table names neither a version (V2) nor a code: {cells}",
  "import.warn.versionRowNoVersion": "the version table's row for {code} prints no version: taken as 1",
  "import.warn.versionRowNoStatus": "the version table's row for V{version} prints no status (\u6700\u65B0\u7248\u672C or \u6B77\u53F2\u7248\u672C)",
  "import.warn.versionRowJoined": "the version table's row V{version} has a line break inside a cell (line {line}): joined back into one row",
  "import.warn.nameTwice": "the name is filled in twice, as {first} and as {second}: the first is kept",
  "import.warn.classNoCode": "the {label} row \u300C{name}\u300D prints no {codeLabel}",
  "import.warn.levelNotNumber": "\u57FA\u6E96\u7D1A\u5225 \u300C{value}\u300D is not a number: taken as not set",
  "import.warn.rowLevel": "\u8077\u80FD\u7D1A\u5225 \u300C{value}\u300D is not a level 1\u20136: taken as not set",
  "import.warn.noCode": (p) => `\u300C${String(p.text)}\u300D in the ${kindName2(p.kind)} column has no code: not listed; its text is kept in repairs`,
  "import.warn.refNoCode": (p) => `\u300C${String(p.text)}\u300D in the ${kindName2(p.kind)} column has no ${String(p.kind)} code: left out`,
  "import.warn.swallowed": "{owner}'s task cell holds its neighbour's \u300C{code} {text}\u300D (the table has the real {code}): kept in {owner}'s title, no task made of it",
  "import.warn.attitudeNoCode": "\u300C{text}\u300D under \u8077\u80FD\u5167\u6DB5 A has no A code: left out",
  "import.warn.noteBeforeHeading": "\u300C{text}\u300D stands under \u8AAA\u660E\u8207\u88DC\u5145\u4E8B\u9805 before either of its headings: kept as another note",
  "import.note.codeWithoutVersion": "the header prints the code without its version; the file's code names version {version}",
  "import.note.mergedPageBreak": (p) => `A page break cut ${String(p.code)}'s row in two: the row after the repeated table head has empty ${columns2(p.empty)} cells and holds ${list4(p.held)}. They are ${String(p.code)}'s and were merged into its row.`,
  "import.note.mergedLineBreak": (p) => `A line break at line ${String(p.line)} cut ${String(p.code)}'s row in two: the row that follows has empty ${columns2(p.empty)} cells and holds ${list4(p.held)}. They are ${String(p.code)}'s and were merged into its row.`,
  "import.note.rejoined": "\u300C{text}\u300D was printed apart from the rest of {at}'s text (a page or line break) and was joined back to it",
  "import.note.suffixBack": "\u300C{text}\u300D, the end of {owner}'s text, was printed after {after}'s; the copy then repeated {code}",
  "import.note.repeated": "The copy repeated {code} \u300C{text}\u300D in the same cell; the repetition was dropped",
  "import.note.splitGlued": "{code} was glued to the end of {prev}'s text and was split from it",
  "import.note.splitWidth": "{printed} is {code} and a text that begins with digits: this document's {kind} codes have {width} digits",
  "import.note.noCode": (p) => `printed without a code in the ${kindName2(p.kind)} column; not listed (an import numbers nothing itself)`,
  "import.note.swallowed": "printed in {owner}'s cell, the text of its neighbour; the table's {code} has a row of its own, so no task was made of it",
  "import.note.attitudeLines": "{code} went on over {lines} lines (line breaks of the copy); they were joined",
  "import.error.at": "{file}:{line}: {detail}",
  "import.error.tooLong": "the text is {length} characters long: an iCAP standard's text is under {max}",
  "import.error.notDocument": "not an iCAP competency standard (\u8077\u80FD\u57FA\u6E96) as text: expected its tables, as pipe tables (| \u4E3B\u8981\u8077\u8CAC | \u5DE5\u4F5C\u4EFB\u52D9 | \u2026) or tab-separated cells, and found no table row",
  "import.error.headerNoCode": "expected the header table with the standard's code (\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC | IIS3512-001v3), found a header without a code",
  "import.error.noHeader": "expected the header table with the standard's code (\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC | IIS3512-001v3), found none",
  "import.error.noTaskTable": "expected the task table, whose head reads \u4E3B\u8981\u8077\u8CAC | \u5DE5\u4F5C\u4EFB\u52D9 | \u5DE5\u4F5C\u7522\u51FA | \u884C\u70BA\u6307\u6A19 | \u8077\u80FD\u7D1A\u5225 | \u8077\u80FD\u5167\u6DB5 K | \u8077\u80FD\u5167\u6DB5 S, after the header (line {header}); the text ends without one",
  "import.error.noTask": "the task table has no task (\u5DE5\u4F5C\u4EFB\u52D9, T1.1 \u2026)",
  "import.error.noAttitudes": "expected \u8077\u80FD\u5167\u6DB5 (A=attitude \u614B\u5EA6) after the task table (last row at line {table}); the text ends without it \u2014 is it cut off?",
  "import.error.noNotes": "expected \u8AAA\u660E\u8207\u88DC\u5145\u4E8B\u9805 after the attitudes (line {attitudes}); the text ends without it \u2014 is it cut off?",
  "import.error.columns": (p) => `the task table's columns can't be recognised: expected ${String(p.expected)}; found ${String(p.found) || "nothing"} (missing ${Array.isArray(p.missing) ? p.missing.join(", ") : String(p.missing)})`,
  "import.error.rowWidth": "the row has {cells} cells where the task table's head (line {head}) has {width}: expected the columns {expected}",
  "import.error.taskCode": "expected a task code (T1.1 \u2026) at the start of the \u5DE5\u4F5C\u4EFB\u52D9 cell, found \u300C{found}\u300D",
  "import.error.dutyFirst": "expected a duty (\u4E3B\u8981\u8077\u8CAC, T1 \u2026) before the first task, found none",
  "import.error.firstTask": "expected a task (\u5DE5\u4F5C\u4EFB\u52D9, T1.1 \u2026) in the first row of the task table, found an empty cell",
  "import.error.dutyCode": "expected a duty code (T1, T2 \u2026) at the start of the \u4E3B\u8981\u8077\u8CAC cell, found \u300C{found}\u300D"
};

// src/model/messages/en/repo.ts
var how2 = (p) => {
  switch (p.how) {
    case "flag":
      return "given by --catalog";
    case "env":
      return "given by COMPSTD_CATALOG";
    case "config":
      return `named by ${String(p.config)}`;
    case "standards-folder":
      return "the standards/ folder found from the current folder";
    default:
      return "no .compstd.yaml or standards/ folder found from the current folder";
  }
}, REPO_EN = {
  "repo.catalogue": (p) => p.how === "bundled" ? `catalogue: the bundled standards (${how2(p)})` : `catalogue: ${String(p.root)} (${how2(p)})${p.reference !== void 0 ? "; the bundled standards behind it, read-only" : ""}`,
  "repo.catalogMissing": (p) => `The catalogue folder ${String(p.path)} does not exist (${p.how === "env" ? "COMPSTD_CATALOG" : "--catalog"})`,
  "repo.config.notMapping": "{file}: expected a mapping with the keys {keys}",
  "repo.config.unknownKey": '{file}: unknown key "{key}" (expected one of {keys})',
  "repo.config.catalogType": "{file}: catalog must be a folder relative to this file, e.g. catalog: standards",
  "repo.config.catalogOutside": "{file}: catalog {path} must be a folder inside the folder of this file",
  "repo.config.catalogMissing": "{file}: the catalogue folder {path} does not exist (compstd init creates it)",
  "repo.config.reference": "{file}: reference must be bundled or none, not {value}",
  "repo.init.wrote": "wrote {path}",
  "repo.init.made": "made {path}/",
  "repo.init.kept": "kept {path} (it exists)",
  "repo.init.differs": "kept {path}: it differs from compstd {version}'s; delete it and run compstd init again to update it",
  "repo.init.done": (p) => `compstd init: ${String(p.wrote)} written, ${String(p.kept)} kept in ${String(p.dir)}. Next: compstd import DOCUMENT.txt --into ${String(p.catalog)}, then compstd validate`,
  "repo.init.notFolder": "{path} is not a folder",
  "repo.init.badSource": "--from {spec}: expected what npm install takes (compstd@0.1.0, a git URL, a tarball)",
  "repo.init.unsafe": "{path} would be written outside the folder, through a symbolic link: not written",
  "repo.modeline.noSchema": "no schemas/standard.schema.json found above {path}: its modeline points into the compstd installation (compstd init copies the schema into the repository)"
};

// src/model/messages/en/course.ts
var COURSE_EN = {};

// src/model/messages/en/document.ts
var DOCUMENT_EN = {
  "document.notZip": "{file}: not a DOCX or ODT document (it does not start as a zip archive)",
  "document.brokenZip.noEnd": "{file}: the zip archive is broken: no end of central directory (cut short?)",
  "document.brokenZip.zip64": "{file}: ZIP64 archives are not read (a DOCX or ODT never needs one)",
  "document.brokenZip.directory": "{file}: the zip archive is broken: its central directory is damaged",
  "document.brokenZip.entry": "{file}: the zip archive is broken: {entry} is damaged or cut short",
  "document.brokenZip.encrypted": "{file}: {entry} is encrypted and cannot be read",
  "document.brokenZip.method": "{file}: {entry} uses compression method {method} (only stored and deflate are read)",
  "document.brokenZip.inflate": "{file}: the zip archive is broken: {entry} does not inflate",
  "document.brokenZip.size": "{file}: the zip archive is broken: {entry} inflates to {got} bytes where its header declares {want}",
  "document.zipBomb.entries": "{file}: refused, it looks like a zip bomb: {count} entries (at most {max})",
  "document.zipBomb.total": "{file}: refused, it looks like a zip bomb: its entries unpack to more than {max} bytes",
  "document.zipBomb.ratio": "{file}: refused, it looks like a zip bomb: {entry} is compressed {ratio} to 1 (at most {max} to 1)",
  "document.zipBomb.entry": "{file}: refused, it looks like a zip bomb: {entry} unpacks to {size} bytes (at most {max})",
  "document.zipBomb.inflate": "{file}: refused, it looks like a zip bomb: {entry} inflates past the {size} bytes its header declares",
  "document.tooLarge": "{file}: the file has {bytes} bytes, over the limit of {max}; a standard\u2019s document is far smaller",
  "document.notOffice": "{file}: a zip archive, but neither a DOCX (no word/document.xml) nor an ODT (no content.xml)",
  "document.notText": "{file}: an OpenDocument file but not a text document (mimetype {type})",
  "document.badXml": "{file}: {part} is not well-formed XML: {why}",
  "document.notUtf8": "{file}: {part} is not UTF-8 text",
  "document.doctype": "{file}: {part} declares a DOCTYPE or entities; it is not read, for safety (DOCX and ODT never need them)",
  "document.noBody": "{file}: {part} has no document body",
  "document.oneStandard": ({ count }) => `A DOCX or ODT document holds one standard, and ${String(count)} were given: export them one at a time`,
  "document.needOutput": "DOCX and ODT are binary: give a file with -o"
};

// src/model/messages/en/ci.ts
var CI_EN = {
  "ci.gitMissing": "git is not installed or not on PATH: diff --git and REV:path need it",
  "ci.gitTooOld": "this git is too old: compstd needs git 2.24 or newer (for --end-of-options)",
  "ci.notARepository": "{dir} is not inside a git repository",
  "ci.badRevision": '"{rev}" is not a git revision: a revision never starts with "-"',
  "ci.unknownRevision": 'git knows no revision "{rev}" (in {dir}): fetch it first, e.g. git fetch origin main',
  "ci.notAtRevision": "{path} does not exist at {rev}",
  "ci.gitOutputTooLarge": "{what} is larger than {limit} bytes: not read",
  "ci.gitFailed": "{command} failed: {detail}",
  "ci.nothingChanged": "no standard file under {catalog} changed since {base}",
  "ci.newStandard": "{code} ({path}) is new: no earlier version to compare with",
  "ci.noMergeBase": "HEAD shares no history with {base} here (a shallow clone?): compared with {base} itself, so what {base} gained since the branch began shows as changes; fetch the history (actions/checkout with fetch-depth: 0)"
};

// src/model/messages/en/limits.ts
var LIMITS_EN = {
  "limits.exportWide": "The wide matrix of these {standards} standards would be {rows} rows \xD7 {columns} columns ({cells} cells, nearly all blank): more than {limit}. Use --layout long (one row per task \xD7 competency), or export fewer standards",
  "limits.regexUnsupported": "--regex: {detail}. The pattern runs on a linear-time engine (RE2 syntax): no back-references (\\1) and no look-around ((?=\u2026), (?<=\u2026))"
};

// src/model/messages/index.ts
var DOMAINS = {
  "zh-Hant": { cli: CLI_ZH, findings: FINDINGS_ZH, io: IO_ZH, import: IMPORT_ZH, repo: REPO_ZH, course: COURSE_ZH, document: DOCUMENT_ZH, ci: CI_ZH, limits: LIMITS_ZH },
  en: { cli: CLI_EN, findings: FINDINGS_EN, io: IO_EN, import: IMPORT_EN, repo: REPO_EN, course: COURSE_EN, document: DOCUMENT_EN, ci: CI_EN, limits: LIMITS_EN }
}, CATALOGUES = {
  "zh-Hant": Object.assign({}, ...Object.values(DOMAINS["zh-Hant"])),
  en: Object.assign({}, ...Object.values(DOMAINS.en))
};
function t(lang, m) {
  return render(CATALOGUES, lang, m);
}
function tr(lang, id, params) {
  return render(CATALOGUES, lang, params === void 0 ? { id } : { id, params });
}

export {
  t,
  tr
};
