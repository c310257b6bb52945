import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog
} from "./chunks/chunk-NKFGVSEV.js";
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-NDMZG4X7.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-GXFV657W.js";
import "./chunks/chunk-2QFVHSDV.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-4COBXX5R.js";
import "./chunks/chunk-ZAREEZYM.js";
import {
  bundledCatalogRoot
} from "./chunks/chunk-LCBOUO6Y.js";
import {
  LABELS,
  LEVEL_DEFINITIONS,
  label
} from "./chunks/chunk-D6IAXHRU.js";
import {
  run
} from "./chunks/chunk-CD6HN2EU.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-4YULXXJZ.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-NI4KA3E7.js";
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
} from "./chunks/chunk-KD4SFCX3.js";
import "./chunks/chunk-P5GBATZY.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-SHKNN6GU.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-IMXDR4MN.js";
import "./chunks/chunk-ZAPX7TDI.js";
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
