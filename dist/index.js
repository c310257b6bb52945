import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-DNNJD7UY.js";
import {
  findCatalog
} from "./chunks/chunk-L7RG4S4W.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-WZ66ILB3.js";
import "./chunks/chunk-CT5GZHLL.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-2ELRYZFQ.js";
import "./chunks/chunk-ZAREEZYM.js";
import {
  bundledCatalogRoot
} from "./chunks/chunk-LCBOUO6Y.js";
import {
  LABELS,
  LEVEL_DEFINITIONS,
  label
} from "./chunks/chunk-HBEHFEZY.js";
import {
  run
} from "./chunks/chunk-UGA23ZSO.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-VBMYTKAJ.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-6THF7KGA.js";
import "./chunks/chunk-AMDHDRYJ.js";
import {
  loadStandardBytes,
  loadStandardFile,
  loadStandardText
} from "./chunks/chunk-3VZWOX4G.js";
import "./chunks/chunk-ED2TTB4K.js";
import {
  formatStandardCode,
  parseStandardCode,
  replacedByFromNote
} from "./chunks/chunk-7ZUBZPJB.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-HWVIYGBD.js";
import "./chunks/chunk-TE5S4JRX.js";
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
