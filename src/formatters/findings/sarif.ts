/** SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results. */
import type { RuleMeta } from '../../rules/types.js';
import type { FindingsReport } from './summary.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function sarif(report: FindingsReport, o: { version: string; rules: readonly RuleMeta[] }): string {
  const index = new Map(o.rules.map((r, i) => [r.id, i]));
  const uri = (file: string) => file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compstd',
            version: o.version,
            informationUri: 'https://compstd.dev',
            rules: o.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: `https://compstd.dev/${r.docs}`,
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        artifacts: report.files.map((f) => ({ location: { uri: uri(f) } })),
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(f.file), index: report.files.indexOf(f.file) },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...(f.endLine !== undefined && f.endLine >= f.line ? { endLine: f.endLine } : {}),
                  ...(f.endColumn !== undefined && f.endLine !== undefined && (f.endLine > f.line || f.endColumn > f.column) ? { endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
