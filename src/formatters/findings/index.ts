/** `validate --format`: one formatter per name, each loaded on demand. */
import type { Finding } from '../../model/finding.js';
import { formatter, type FormatMap, type RenderContext } from '../types.js';
import type { FindingsReport } from './summary.js';

/** The report with every message in the reader's language (findings that have an id). */
export function localized(report: FindingsReport, rc: RenderContext): FindingsReport {
  const findings = report.findings.map((f: Finding) => (f.messageId === undefined ? f : { ...f, message: rc.t({ id: f.messageId, params: f.params }) }));
  return { ...report, findings };
}

export const FINDINGS_FORMATS = {
  text: async () => {
    const { stylish } = await import('./stylish.js');
    return formatter<FindingsReport>('text', (r, rc) => stylish(localized(r, rc), { style: rc.style, frames: r.frames, rc }));
  },
  json: async () => {
    const { findingsJson } = await import('./json.js');
    return formatter<FindingsReport>('json', (r, rc) => findingsJson(localized(r, rc)));
  },
  github: async () => {
    const { github } = await import('./github.js');
    return formatter<FindingsReport>('text', (r, rc) => github(localized(r, rc), rc));
  },
  junit: async () => {
    const { junit } = await import('./junit.js');
    return formatter<FindingsReport>('xml', (r, rc) =>
      junit(localized(r, rc), { warningsFail: r.run?.warningsFail, timestamp: r.run?.startedAt, elapsedMs: r.run?.elapsedMs, hostname: r.run?.hostname }),
    );
  },
  sarif: async () => {
    const [{ sarif }, { RULES, LOAD_CHECKS }, { VERSION }] = await Promise.all([
      import('./sarif.js'),
      import('../../rules/registry.js'),
      import('../../model/version.js'),
    ]);
    return formatter<FindingsReport>('json', (r, rc) => {
      const cwd = r.run?.cwd ?? '.';
      const rules = [...LOAD_CHECKS, ...RULES.map((x) => x.meta)].map((m) => ({ ...m, help: r.run?.ruleHelp?.get(m.id) }));
      return sarif(localized(r, rc), { version: VERSION, rules, root: r.run?.root ?? cwd, cwd });
    });
  },
} as const satisfies FormatMap<FindingsReport>;
