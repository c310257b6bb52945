/** `coverage`, `impact` and the course template: one formatter per name, each loaded on demand. */
import type { Coverage } from '../../course/coverage.js';
import type { Impact } from '../../course/impact.js';
import type { Standard } from '../../model/schema.js';
import type { FormatMap } from '../types.js';

export type CoverageData = Coverage;
export type ImpactData = Impact;
export interface TemplateData {
  standard: Standard;
}

export const COVERAGE_FORMATS = {
  text: async () => (await import('./coverage.js')).coverageText,
  markdown: async () => (await import('./coverage.js')).coverageMarkdown,
  csv: async () => (await import('./coverage.js')).coverageCsv,
  json: async () => (await import('./coverage.js')).coverageJson,
  xlsx: async () => (await import('./xlsx.js')).coverageXlsx,
} as const satisfies FormatMap<CoverageData>;

export const IMPACT_FORMATS = {
  text: async () => (await import('./impact.js')).impactText,
  markdown: async () => (await import('./impact.js')).impactMarkdown,
  json: async () => (await import('./impact.js')).impactJson,
} as const satisfies FormatMap<ImpactData>;

/** `export --format course-template`: the sheet to fill in, as XLSX or CSV by -o's extension. */
export const TEMPLATE_FORMATS = {
  csv: async () => (await import('./xlsx.js')).templateCsv,
  xlsx: async () => (await import('./xlsx.js')).templateXlsx,
} as const satisfies FormatMap<TemplateData>;
