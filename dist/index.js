import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog
} from "./chunks/chunk-BXASJZU3.js";
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-CZMR3GPY.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-TYFFBBFS.js";
import "./chunks/chunk-DHERK4UX.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-MF6FHIK6.js";
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
} from "./chunks/chunk-MITZLO6H.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-QHUQJ5PZ.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-KEH2TN3Y.js";
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
} from "./chunks/chunk-F3Q3QE2I.js";
import "./chunks/chunk-W7JBNES3.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-HXRQNW7Y.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-CZVAYGWI.js";
import "./chunks/chunk-ZLPRX6IM.js";
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
