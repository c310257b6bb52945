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
  "cli.validate.summary": "{files} \u500B\u6A94\u6848\u4E2D\u6709 {filesWithFindings} \u500B\u6709\u554F\u984C\uFF1A\u932F\u8AA4 {errors}\u3001\u8B66\u544A {warnings}\u3001\u63D0\u793A {infos}",
  "cli.export.unknown-extension": "\u7121\u6CD5\u5F9E\u300C{file}\u300D\u5224\u65B7\u683C\u5F0F\uFF1A\u8ACB\u52A0\u4E0A --format\uFF08{formats}\uFF09",
  "cli.export.attitudes-layout": "--layout \u4E0D\u9069\u7528\u65BC --matrix attitudes\uFF1A\u614B\u5EA6\u662F\u6574\u4EFD\u8077\u80FD\u57FA\u6E96\u5171\u7528\u7684\u4E00\u5F35\u8868",
  "cli.export.nothing": "\u8ACB\u6307\u5B9A\u8981\u532F\u51FA\u7684\u8077\u80FD\u57FA\u6E96\uFF0C\u6216\u52A0\u4E0A --all",
  "cli.export.history-only": "{ref} \u50C5\u898B\u65BC\u7248\u672C\u8868\uFF1A\u76EE\u9304\u4E2D\u6C92\u6709\u5B83\u7684\u5167\u5BB9\uFF0C\u7121\u6CD5\u7522\u751F\u77E9\u9663",
  "cli.export.empty": "\u76EE\u9304\u4E2D\u6C92\u6709\u53EF\u532F\u51FA\u5167\u5BB9\u7684\u8077\u80FD\u57FA\u6E96"
};

// src/model/messages/zh-Hant/findings.ts
var FINDINGS_ZH = {};

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
  "cli.validate.summary": (p) => `${n(p.errors, "error", "errors")}, ${n(p.warnings, "warning", "warnings")}, ${n(p.infos, "info", "infos")} in ${String(p.filesWithFindings)} of ${n(p.files, "file", "files")}`,
  "cli.export.unknown-extension": 'Cannot tell the format from "{file}": give --format ({formats})',
  "cli.export.attitudes-layout": "--layout does not apply to --matrix attitudes: the attitudes are one table for the whole standard",
  "cli.export.nothing": "Name the standards to export, or give --all",
  "cli.export.history-only": "{ref} is known only from a version table: its content is not in the catalogue, so it has no matrix",
  "cli.export.empty": "The catalogue has no standard with content to export"
};

// src/model/messages/en/findings.ts
var FINDINGS_EN = {};

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
function tr(lang, id, params) {
  return render(CATALOGUES, lang, params === void 0 ? { id } : { id, params });
}

export {
  t,
  tr
};
