/** compstd as a library: the model, the loader and the catalogue, without the CLI. */
export type * from './model/schema.js';
export type { CatalogEntry, HistoryEntry, PublishedEntry } from './model/entry.js';
export { entryCode, entryName } from './model/entry.js';
export type { Finding, Location, Severity } from './model/finding.js';
export { CompstdError, InputError, NotFoundError, UsageError } from './model/errors.js';
export { parseStandardCode, formatStandardCode, replacedByFromNote } from './model/code.js';
export { LABELS, LEVEL_DEFINITIONS, label } from './model/labels.js';
export { tableBlocks, resolveRefs, competencyIndex, refCode } from './model/standard.js';
export { Catalog, closestMatches, type CatalogView, type SkippedFile } from './load/catalog.js';
export { loadStandardFile, loadStandardText, loadStandardBytes, type LoadedFile } from './load/read.js';
export { bundledCatalogRoot } from './load/paths.js';
export { listRows, type ListFilters, type ListRow } from './query/list.js';
export { run } from './cli/program.js';
export type { CliIO } from './cli/io.js';
export { diffStandards } from './diff/diff.js';
export { diffEntries } from './diff/versions.js';
export { classify, severityOf, SEVERITY_RULES } from './diff/classify.js';
export type { Change, ChangeKind, ChangeSeverity, Classification, DiffSide, Element, StandardDiff } from './diff/types.js';
