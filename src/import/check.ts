/**
 * An import from start to end, without I/O: the document's text → the standard, its file text
 * (YAML or JSON), and what the project's validation says of that file.
 */
import { baseOf } from '../model/code.js';
import type { Finding, Location } from '../model/finding.js';
import { DEFAULT_LANG, msg, type Lang } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import type { Repair, Standard } from '../model/schema.js';
import { loadStandardText } from '../load/read.js';
import { outcomeOf } from '../rules/check-file.js';
import { defaultSettings } from '../rules/config.js';
import { importStandard, type ImportResult } from './document.js';
import type { ImportWarning } from './repairs.js';
import { standardFileYaml } from './serialize.js';

/** A finding of validation on the imported file, located in the input document. */
export interface ImportFinding extends Finding {
  /** Where the same finding is in the standard file, when the file is written somewhere. */
  target?: Location;
}

export interface ImportReport {
  /** The document as named to the user. */
  source: string;
  code: string;
  layout: 'pipe' | 'tab';
  repairs: Repair[];
  warnings: ImportWarning[];
  /**
   * What `compstd validate` says of the file (a transcription: defects of the original are
   * published-<rule> warnings and infos), located at the line of the input document.
   */
  findings: ImportFinding[];
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
 * The line (and column) of the input document a path of the standard came from: the deepest
 * element on the path whose line is known, else the line of its part of the document; the column
 * of the element's code in that line when it stands there.
 */
export function documentPosition(imported: Pick<ImportResult, 'standard' | 'lines'>, docLines: readonly string[], path: ReadonlyArray<string | number>): { line: number; column: number } {
  let value: unknown = imported.standard;
  let line = imported.lines.parts[String(path[0])] ?? 1;
  let code: string | undefined;
  for (const key of path) {
    if (value === null || typeof value !== 'object') break;
    value = (value as Record<string | number, unknown>)[key];
    if (value !== null && typeof value === 'object') {
      const at = imported.lines.of.get(value);
      if (at !== undefined) {
        line = at;
        const c = (value as { code?: unknown }).code;
        code = typeof c === 'string' ? c : undefined;
      }
    } else if (typeof value === 'string' && /^[TOPKSA][0-9.]/.test(value) && key !== 'text' && key !== 'title' && key !== 'name') code = value;
  }
  const raw = docLines[line - 1] ?? '';
  const col = code !== undefined ? raw.indexOf(code) : -1;
  return { line, column: col >= 0 ? col + 1 : 1 };
}

/**
 * Imports a document's text. `target` names the file the result will be written to (for the
 * file-path rule and the findings' place in it); by default the place it belongs in a catalogue.
 * `lang`: the language of what is written into the file (repair notes, comments) and of the
 * warnings (default Traditional Chinese).
 */
export function importDocument(text: string, source: string, target?: string, lang: Lang = DEFAULT_LANG): Imported {
  const imported = importStandard(text, source, lang);
  const { standard, warnings, layout, comments } = imported;
  const comment = t(lang, msg('import.comment.head', { title: standard.title ?? standard.code, layout: t(lang, msg(`import.layout.${layout}`)) }));
  const yaml = standardFileYaml(standard, { comments, comment });
  const file = target ?? catalogPath(standard);
  const loaded = loadStandardText(file, yaml);
  const found = loaded.standard ? outcomeOf(loaded, defaultSettings()).findings : loaded.findings;
  const docLines = text.split(/\r\n|\r|\n/);
  const findings = found.map((f): ImportFinding => {
    const at = f.path !== undefined ? documentPosition(imported, docLines, f.path) : { line: 1, column: 1 };
    const rendered = f.messageId !== undefined ? t(lang, { id: f.messageId, ...(f.params ? { params: f.params } : {}) }) : f.message;
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: rendered,
      ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
      ...(f.params !== undefined ? { params: f.params } : {}),
      file: source,
      ...at,
      ...(f.path !== undefined ? { path: f.path } : {}),
      ...(target !== undefined ? { target: { file: f.file, line: f.line, column: f.column } } : {}),
    };
  });
  return { standard, yaml, report: { source, code: standard.code, layout, repairs: standard.repairs ?? [], warnings, findings } };
}
