import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-AZ3MJIRA.js";
import {
  findCatalog
} from "./chunks/chunk-23TGRIS3.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-GXFV657W.js";
import "./chunks/chunk-2QFVHSDV.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-D77FLZAD.js";
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
} from "./chunks/chunk-BOYVQCLW.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-XZNY5U45.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-DXXSXJMO.js";
import "./chunks/chunk-4CNDWSYH.js";
import {
  formatStandardCode,
  parseStandardCode,
  replacedByFromNote
} from "./chunks/chunk-7ZUBZPJB.js";
import {
  loadStandardBytes,
  loadStandardFile,
  loadStandardText
} from "./chunks/chunk-SYBZJL6W.js";
import "./chunks/chunk-OYKMOVVY.js";
import "./chunks/chunk-JA3VNJWX.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-LPU77HRA.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-ACAFZKBQ.js";
import "./chunks/chunk-KXLS3BQD.js";
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
