import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  findCatalog
} from "./chunks/chunk-52GC4OWA.js";
import {
  Catalog,
  closestMatches
} from "./chunks/chunk-3HFDKTJA.js";
import {
  SEVERITY_RULES,
  classify,
  diffEntries,
  diffStandards,
  severityOf
} from "./chunks/chunk-TYFFBBFS.js";
import "./chunks/chunk-DHERK4UX.js";
import "./chunks/chunk-T5IFUHR5.js";
import "./chunks/chunk-IJ3J4L7X.js";
import "./chunks/chunk-ZAREEZYM.js";
import {
  LABELS,
  LEVEL_DEFINITIONS,
  label
} from "./chunks/chunk-MDKOZTUU.js";
import {
  run
} from "./chunks/chunk-2MLGY5HD.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-HXRO2FHB.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-EDGKDB5V.js";
import "./chunks/chunk-6QCCZ5YJ.js";
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
} from "./chunks/chunk-6SDLXVWP.js";
import "./chunks/chunk-EHYRZAZS.js";
import "./chunks/chunk-TVRLEEFG.js";
import {
  competencyIndex,
  refCode,
  resolveRefs,
  tableBlocks
} from "./chunks/chunk-4P5I3Q76.js";
import "./chunks/chunk-ED2TTB4K.js";
import {
  bundledCatalogRoot
} from "./chunks/chunk-3XL5FPGD.js";
import "./chunks/chunk-YLRZF6HM.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError
} from "./chunks/chunk-CB34R644.js";
import "./chunks/chunk-3UH4GFT2.js";
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
