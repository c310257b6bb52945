/**
 * Parses the text of a standard file into a YAML document that keeps source positions, and
 * turns everything that can go wrong at this stage into located findings — never an exception.
 */
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../model/finding.js';

export interface ParsedYaml {
  file: string;
  /** The text, without a BOM. */
  text: string;
  /** Whether the text began with a UTF-8 byte order mark. */
  bom: boolean;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  /** The document as plain data, or undefined when it could not be had. */
  value: unknown;
  findings: Finding[];
}

/** Aliases a document may expand before it counts as an alias bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

function yamlFinding(file: string, err: YAMLError, severity: Finding['severity']): Finding {
  const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
  const end = err.linePos?.[1];
  const ruleId =
    err.code === 'DUPLICATE_KEY'
      ? 'yaml-duplicate-key'
      : err.code === 'TAG_RESOLVE_FAILED'
        ? 'yaml-unknown-tag'
        : err.code === 'RESOURCE_EXHAUSTION'
          ? 'yaml-too-deep'
          : 'yaml-syntax';
  // The package's message ends with "at line L, column C:" and a code frame; keep the sentence.
  const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return {
    ruleId,
    severity,
    message: ruleId === 'yaml-unknown-tag' ? `${message} (custom tags are not allowed)` : message,
    file,
    line: pos.line,
    column: pos.col,
    ...(end ? { endLine: end.line, endColumn: end.col } : {}),
  };
}

export function parseYaml(file: string, source: string): ParsedYaml {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    findings.push({
      ruleId: 'empty-file',
      severity: 'error',
      message: 'The file is empty: a standard file holds one YAML mapping',
      file,
      line: 1,
      column: 1,
    });
    return { file, text, bom, doc: undefined, lineCounter, value: undefined, findings };
  }
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    // YAML 1.2 core schema: 2024-12-15 stays a string; no custom tags are resolved.
    version: '1.2',
    schema: 'core',
    merge: false,
  });
  // A deeply nested document reports one error per level: one finding per kind is enough.
  const seen = new Set<string>();
  for (const err of doc.errors) {
    if (seen.has(err.code)) continue;
    seen.add(err.code);
    findings.push(yamlFinding(file, err, 'error'));
  }
  for (const warn of doc.warnings) {
    // An unresolved custom tag (!!js/function) would silently become a string: refuse it.
    findings.push(yamlFinding(file, warn, warn.code === 'TAG_RESOLVE_FAILED' ? 'error' : 'warning'));
  }
  let value: unknown;
  if (!findings.some((f) => f.severity === 'error')) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const pos = lineCounter.linePos(0);
      findings.push({
        ruleId: 'yaml-alias-bomb',
        severity: 'error',
        message: `The document could not be expanded: ${(e as Error).message}`,
        file,
        line: pos.line,
        column: pos.col,
      });
    }
  }
  return { file, text, bom, doc, lineCounter, value, findings };
}
