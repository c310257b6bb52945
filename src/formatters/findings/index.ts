/** `validate --format`: one formatter per name, loaded on demand. */
import type { Style } from '../text/style.js';
import type { FindingsReport } from './summary.js';

export type FindingsFormat = 'stylish' | 'json' | 'github' | 'junit' | 'sarif';

export interface FindingsFormatOptions {
  style: Style;
  frames?: boolean;
  /** The working directory: SARIF's URIs are made relative to its repository's root. */
  cwd?: string;
  /** JUnit: warnings fail the run, when it started and how long it took. */
  warningsFail?: boolean;
  startedAt?: Date;
  elapsedMs?: number;
  hostname?: string;
}

export async function formatFindings(format: FindingsFormat, report: FindingsReport, o: FindingsFormatOptions): Promise<string> {
  switch (format) {
    case 'stylish': {
      const [{ stylish }, { prepareDisplayWidth }] = await Promise.all([import('./stylish.js'), import('../text/width.js')]);
      await prepareDisplayWidth(report.findings.map((f) => report.sources.get(f.file)?.split('\n')[f.line - 1] ?? ''));
      return stylish(report, o);
    }
    case 'json':
      return (await import('./json.js')).findingsJson(report);
    case 'github':
      return (await import('./github.js')).github(report);
    case 'junit':
      return (await import('./junit.js')).junit(report, { warningsFail: o.warningsFail, timestamp: o.startedAt, elapsedMs: o.elapsedMs, hostname: o.hostname });
    case 'sarif': {
      const [{ sarif }, { RULES, LOAD_CHECKS }, { VERSION }, { repositoryRoot }, { readRuleDocs }] = await Promise.all([
        import('./sarif.js'),
        import('../../rules/registry.js'),
        import('../../model/version.js'),
        import('../../load/git.js'),
        import('../../load/rule-docs.js'),
      ]);
      const rules = [...LOAD_CHECKS, ...RULES.map((r) => r.meta)];
      const docs = readRuleDocs(rules.map((r) => r.id));
      const cwd = o.cwd ?? process.cwd();
      return sarif(report, { version: VERSION, rules: rules.map((r) => ({ ...r, help: docs.get(r.id) })), root: (await repositoryRoot(cwd)) ?? cwd, cwd });
    }
  }
}
