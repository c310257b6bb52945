/**
 * SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results. Meets
 * GitHub's ingestion rules (Sarif.Multitool `validate --rule-kind Gh`, checked by a test):
 * - every rule has `fullDescription` and `help` (text and markdown: the rule's page from
 *   docs/rules, inline, since the package ships no web site to link to — hence no `helpUri`);
 * - locations are repository-relative URIs under `%SRCROOT%`, with `originalUriBaseIds` naming the
 *   repository root, whichever folder compstd ran from;
 * - every result has `partialFingerprints` that survive a line moving: a hash of the rule, the
 *   file, what the finding says (its message id and values), the shape of its path in the
 *   document (without list positions) and the text of the flagged line — never a line number.
 * The message id and values of a finding are in `result.properties` (GitHub shows only
 * `message.text`, so `message.id` with `messageStrings` would not be shown).
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../model/finding.js';
import type { RuleMeta } from '../../rules/types.js';
import type { FindingsReport } from './summary.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The base id of repository-relative URIs (GitHub's and CodeQL's name for the checkout). */
export const SRCROOT = '%SRCROOT%';
/** The key of compstd's fingerprint in `partialFingerprints`; bump the version if its parts change. */
export const FINGERPRINT_KEY = 'compstdFinding/v1';

export interface SarifRule extends RuleMeta {
  /** The rule's page (docs/rules/<id>.md), as markdown. */
  help?: string;
}

export interface SarifOptions {
  version: string;
  rules: readonly SarifRule[];
  /** The repository root (`git rev-parse --show-toplevel`), else the working directory. */
  root: string;
  /** The folder the report's relative file paths start from (the working directory). */
  cwd: string;
}

/** The first paragraph under 「## What it checks」, as plain text; the description when there is none. */
function fullDescription(rule: SarifRule): string {
  const section = rule.help?.split(/^## What it checks\s*$/m)[1];
  const paragraph = section?.trim().split(/\n\s*\n/)[0]?.trim();
  return paragraph ? plain(paragraph) : rule.description;
}

/** Markdown as plain text: no emphasis, code marks, heading marks or fences. */
function plain(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function help(rule: SarifRule): { text: string; markdown: string } {
  const markdown = rule.help?.trim() || `# ${rule.id}\n\n${rule.description}`;
  return { text: plain(markdown), markdown };
}

/** `runs[0].results[].locations[].physicalLocation.artifactLocation` of a file as the report names it. */
function artifactLocation(file: string, o: SarifOptions): { uri: string; uriBaseId?: string } {
  const abs = isAbsolute(file) ? file : resolve(o.cwd, file);
  const rel = relative(o.root, abs);
  if (rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

function lineText(report: FindingsReport, f: Finding): string {
  return report.sources.get(f.file)?.split(/\r?\n/)[f.line - 1]?.trim() ?? '';
}

/** What a finding is, without where it is: the parts of its fingerprint. */
function identity(f: Finding, uri: string, report: FindingsReport): string {
  const what = f.messageId !== undefined ? `${f.messageId} ${JSON.stringify(f.params ?? {})}` : f.message;
  const shape = (f.path ?? []).filter((p) => typeof p === 'string').join('.');
  return [f.ruleId, uri, what, shape, lineText(report, f)].join('\0');
}

export function sarif(report: FindingsReport, o: SarifOptions): string {
  const index = new Map(o.rules.map((r, i) => [r.id, i]));
  const rootUri = pathToFileURL(o.root.endsWith(sep) ? o.root : `${o.root}${sep}`).href;
  const seen = new Map<string, number>();
  const results = report.findings.map((f) => {
    const location = artifactLocation(f.file, o);
    const hash = createHash('sha256').update(identity(f, location.uri, report)).digest('hex').slice(0, 32);
    // The same finding twice in one file (two identical lines): numbered, as GitHub's own hashes are.
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: {
              startLine: f.line,
              startColumn: f.column,
              ...(f.endLine !== undefined && f.endLine >= f.line ? { endLine: f.endLine } : {}),
              ...(f.endColumn !== undefined && f.endLine !== undefined && (f.endLine > f.line || f.endColumn > f.column) ? { endColumn: f.endColumn } : {}),
            },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
      ...(f.messageId !== undefined ? { properties: { messageId: f.messageId, ...(f.params ? { params: f.params } : {}) } } : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compstd',
            version: o.version,
            semanticVersion: o.version,
            rules: o.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: fullDescription(r) },
              help: help(r),
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
