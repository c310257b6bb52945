import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog
} from "./chunks/chunk-L4PHVQYL.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-YL24LH43.js";
import "./chunks/chunk-A7H2PZQY.js";
import {
  LABELS,
  LEVEL_DEFINITIONS,
  label
} from "./chunks/chunk-MDKOZTUU.js";
import {
  listRows
} from "./chunks/chunk-33W6PO6X.js";
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-5CVHJRET.js";
import {
  run
} from "./chunks/chunk-CXIICIJL.js";
import "./chunks/chunk-THVLAIJP.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-EDGKDB5V.js";
import "./chunks/chunk-RAD7MORV.js";
import "./chunks/chunk-H42XODIB.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import {
  loadStandardBytes,
  loadStandardFile,
  loadStandardText
} from "./chunks/chunk-DE7SVJ27.js";
import "./chunks/chunk-OX7EX2RD.js";
import "./chunks/chunk-ED2TTB4K.js";
import "./chunks/chunk-PWR5QEH6.js";
import "./chunks/chunk-4ZFAVBGW.js";
import {
  bundledCatalogRoot
} from "./chunks/chunk-655AMDMP.js";
import "./chunks/chunk-H3255PXU.js";
import "./chunks/chunk-C42NAGJO.js";
import {
  entryCode,
  entryName
} from "./chunks/chunk-5BHPBIFA.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-QKV6D4AO.js";
import {
  formatStandardCode,
  parseStandardCode,
  replacedByFromNote
} from "./chunks/chunk-7ZUBZPJB.js";
import "./chunks/chunk-XIKJDTQ2.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-NTGAD4TH.js";
import "./chunks/chunk-J3TOLC5V.js";
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
