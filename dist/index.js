import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog
} from "./chunks/chunk-HWPCNKDC.js";
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-6AHEVI6E.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-TYFFBBFS.js";
import "./chunks/chunk-DHERK4UX.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-RTWSOGMN.js";
import "./chunks/chunk-ZAREEZYM.js";
import {
  bundledCatalogRoot
} from "./chunks/chunk-3XL5FPGD.js";
import {
  LABELS,
  LEVEL_DEFINITIONS,
  label
} from "./chunks/chunk-MDKOZTUU.js";
import {
  run
} from "./chunks/chunk-I75FPYB3.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-XDGV6YVU.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-EDGKDB5V.js";
import "./chunks/chunk-NYMD6CYU.js";
import "./chunks/chunk-H42XODIB.js";
import {
  formatStandardCode,
  parseStandardCode,
  replacedByFromNote
} from "./chunks/chunk-7ZUBZPJB.js";
import {
  loadStandardBytes,
  loadStandardFile,
  loadStandardText
} from "./chunks/chunk-XJLR66MK.js";
import "./chunks/chunk-25TTE7MG.js";
import "./chunks/chunk-LOEVOGZX.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-BQQK7TXE.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-HE2ZO57D.js";
import "./chunks/chunk-PJ6LIDDK.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-TU2EU5MG.js";
import {
  listRows
} from "./chunks/chunk-SE63SB6A.js";
import {
  entryCode,
  entryName
} from "./chunks/chunk-KOCELE5S.js";
import "./chunks/chunk-XYDU2MH7.js";
export {
  Catalog,
  CompstdError,
  InputError,
  LABELS,
  LEVEL_DEFINITIONS,
  NotFoundError,
  SEVERITY_RULES,
  UsageError,
  bundledCatalogRoot,
  classify,
  closestMatches,
  competencyIndex,
  diffEntries,
  diffStandards,
  entryCode,
  entryName,
  findCatalog,
  formatStandardCode,
  label,
  listRows,
  loadStandardBytes,
  loadStandardFile,
  loadStandardText,
  parseStandardCode,
  refCode,
  replacedByFromNote,
  resolveRefs,
  run,
  severityOf,
  tableBlocks
};
