import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  render
} from "./chunk-TE5S4JRX.js";

// src/model/messages/zh-Hant/cli.ts
var CLI_ZH = {};

// src/model/messages/zh-Hant/findings.ts
var FINDINGS_ZH = {};

// src/model/messages/zh-Hant/io.ts
var IO_ZH = {};

// src/model/messages/zh-Hant/import.ts
var IMPORT_ZH = {};

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
var DOCUMENT_ZH = {};

// src/model/messages/zh-Hant/ci.ts
var CI_ZH = {};

// src/model/messages/en/cli.ts
var CLI_EN = {};

// src/model/messages/en/findings.ts
var FINDINGS_EN = {};

// src/model/messages/en/io.ts
var IO_EN = {};

// src/model/messages/en/import.ts
var IMPORT_EN = {};

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
var DOCUMENT_EN = {};

// src/model/messages/en/ci.ts
var CI_EN = {};

// src/model/messages/index.ts
var DOMAINS = {
  "zh-Hant": { cli: CLI_ZH, findings: FINDINGS_ZH, io: IO_ZH, import: IMPORT_ZH, repo: REPO_ZH, course: COURSE_ZH, document: DOCUMENT_ZH, ci: CI_ZH },
  en: { cli: CLI_EN, findings: FINDINGS_EN, io: IO_EN, import: IMPORT_EN, repo: REPO_EN, course: COURSE_EN, document: DOCUMENT_EN, ci: CI_EN }
}, CATALOGUES = {
  "zh-Hant": Object.assign({}, ...Object.values(DOMAINS["zh-Hant"])),
  en: Object.assign({}, ...Object.values(DOMAINS.en))
};
function t(lang, m) {
  return render(CATALOGUES, lang, m);
}

export {
  t
};
