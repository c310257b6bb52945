import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-G4X74E66.js";
import {
  findCatalog
} from "./chunks/chunk-MJ2WHPG5.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-CTRMGL3K.js";
import "./chunks/chunk-2QFVHSDV.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-OUR3ZVBE.js";
import "./chunks/chunk-ZAREEZYM.js";
import {
  LABELS,
  LEVEL_DEFINITIONS,
  label
} from "./chunks/chunk-D6IAXHRU.js";
import {
  listRows
} from "./chunks/chunk-SE63SB6A.js";
import {
  entryCode,
  entryName
} from "./chunks/chunk-KOCELE5S.js";
import {
  bundledCatalogRoot
} from "./chunks/chunk-LCBOUO6Y.js";
import {
  run
} from "./chunks/chunk-LQZDXS7H.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-ZASHR6GR.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-DR5MUGYW.js";
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
} from "./chunks/chunk-HSHLJMPO.js";
import "./chunks/chunk-PADHJYC6.js";
import "./chunks/chunk-4FP2LTHJ.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-BOCYW7WS.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-GPVGZVKZ.js";
import "./chunks/chunk-NDWF3NAI.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-TU2EU5MG.js";
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
