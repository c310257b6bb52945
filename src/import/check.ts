/**
 * An import from start to end, without I/O: the document's text → the standard, its file text
 * (YAML or JSON), and what the project's validation says of that file.
 */
import { baseOf } from '../model/code.js';
import type { Finding } from '../model/finding.js';
import type { Repair, Standard } from '../model/schema.js';
import { loadStandardText } from '../load/read.js';
import { outcomeOf } from '../rules/check-file.js';
import { defaultSettings } from '../rules/config.js';
import { importStandard } from './document.js';
import type { ImportWarning } from './repairs.js';
import { standardFileYaml } from './serialize.js';

export interface ImportReport {
  /** The document as named to the user. */
  source: string;
  code: string;
  layout: 'pipe' | 'tab';
  repairs: Repair[];
  warnings: ImportWarning[];
  /** What `compstd validate` says of the file (warnings for defects of the original). */
  findings: Finding[];
}

export interface Imported {
  standard: Standard;
  /** The standard file, modeline and all. */
  yaml: string;
  report: ImportReport;
}

/** Where a standard belongs in a catalogue folder: <CODE>/v<N>.yaml. */
export function catalogPath(standard: Standard): string {
  return `${baseOf(standard.code)}/v${standard.version}.yaml`;
}

/**
 * Imports a document's text. `target` names the file the result will be (for the findings'
 * locations and the file-path rule); by default the place it belongs in a catalogue.
 */
export function importDocument(text: string, source: string, target?: string): Imported {
  const { standard, warnings, layout, comments } = importStandard(text, source);
  const kind = layout === 'pipe' ? 'pipe-table' : 'tab-separated';
  const yaml = standardFileYaml(standard, { comments, comment: `${standard.title ?? standard.code} — transcribed from the published document (${kind} layout).` });
  const file = target ?? catalogPath(standard);
  const loaded = loadStandardText(file, yaml);
  const findings = loaded.standard ? outcomeOf(loaded, defaultSettings()).findings : loaded.findings;
  return { standard, yaml, report: { source, code: standard.code, layout, repairs: standard.repairs ?? [], warnings, findings } };
}
