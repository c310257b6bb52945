/** `validate --format`: one formatter per name, loaded on demand. */
import type { Style } from '../text/style.js';
import type { FindingsReport } from './summary.js';

export type FindingsFormat = 'stylish' | 'json' | 'github' | 'junit' | 'sarif';

export async function formatFindings(format: FindingsFormat, report: FindingsReport, o: { style: Style; frames?: boolean }): Promise<string> {
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
      return (await import('./junit.js')).junit(report);
    case 'sarif': {
      const [{ sarif }, { RULES, LOAD_CHECKS }, { VERSION }] = await Promise.all([
        import('./sarif.js'),
        import('../../rules/registry.js'),
        import('../../model/version.js'),
      ]);
      return sarif(report, { version: VERSION, rules: [...LOAD_CHECKS, ...RULES.map((r) => r.meta)] });
    }
  }
}
