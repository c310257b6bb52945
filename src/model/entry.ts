/** What the catalogue knows of one version of a standard. */
import type { Standard, VersionRow } from './schema.js';

/**
 * What the catalogue's index keeps of a standard file: enough to list it and to know the versions
 * its table tells of, without its duties, tasks and competencies.
 */
export type StandardSummary = Pick<Standard, 'code' | 'version' | 'name' | 'versions' | 'categories' | 'occupations' | 'industries' | 'level'>;

/** The summary of a standard. */
export function summaryOf(s: StandardSummary): StandardSummary {
  return {
    code: s.code,
    version: s.version,
    name: s.name,
    versions: s.versions,
    categories: s.categories,
    occupations: s.occupations,
    industries: s.industries,
    level: s.level,
  };
}

/**
 * A version whose content is in the catalogue: a standard file (the whole standard, or what the
 * index keeps of it).
 */
export interface PublishedEntry<S extends StandardSummary = Standard> {
  kind: 'published';
  /** Base code, upper-case: IIS3512-001 */
  base: string;
  version: number;
  /** Path of the YAML file, as given or relative to the working directory. */
  file: string;
  standard: S;
}

/**
 * A version known only from a newer version's table (版本表): name, date, status and what
 * replaced it — its content is not published in the catalogue, and compstd never invents it.
 */
export interface HistoryEntry {
  kind: 'history';
  base: string;
  version: number;
  /** The row of the version table that tells of this version. */
  row: VersionRow;
  /** The code of the version named by the row's note (已被《…》取代), if any. */
  replacedBy: string | undefined;
  /** The file whose version table lists this version. */
  listedIn: { code: string; file: string };
}

export type CatalogEntry<S extends StandardSummary = Standard> = PublishedEntry<S> | HistoryEntry;

/** Full code of an entry, e.g. IIS3512-001v3. */
export function entryCode(entry: CatalogEntry<StandardSummary>): string {
  return `${entry.base}v${entry.version}`;
}

/** Name of an entry: the standard's name, or the version table's name for history-only ones. */
export function entryName(entry: CatalogEntry<StandardSummary>): string {
  return entry.kind === 'published' ? entry.standard.name : entry.row.name;
}
