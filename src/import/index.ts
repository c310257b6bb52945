/** `compstd import`: an iCAP standard document as text → a standard file. */
export { importStandard, type ImportResult } from './document.js';
export { standardFileYaml, withModeline } from './serialize.js';
export type { ImportWarning } from './repairs.js';
export { importDocument, catalogPath, type Imported, type ImportReport } from './check.js';
