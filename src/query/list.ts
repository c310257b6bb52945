/** `compstd list`: the catalogue as rows, filtered — no I/O. */
import type { CatalogEntry as AnyEntry, StandardSummary } from '../model/entry.js';
import { entryCode, entryName } from '../model/entry.js';
import type { ClassificationRow, VersionRow } from '../model/schema.js';

/** An entry of the catalogue, from the whole standard or from what the index keeps of it. */
type CatalogEntry = AnyEntry<StandardSummary>;

export interface ListFilters {
  /** 職類別代碼 (IIS) — a prefix match, case-insensitive. */
  category?: string;
  /** 職業別代碼 (3512) — a prefix match, so 35 finds 3512. */
  occupation?: string;
  /** 行業別代碼 (J6312) — a prefix match, so J63 finds J6312. */
  industry?: string;
  /** 基準級別. */
  level?: number;
  /** Part of the name, case-insensitive. */
  name?: string;
  /** Every version, history-only ones included; otherwise the newest version of each standard. */
  allVersions?: boolean;
}

export interface ListRow {
  code: string;
  base: string;
  version: number;
  name: string;
  /** Whether the catalogue holds this version's content (false: known from a version table). */
  content: boolean;
  categories: ClassificationRow[];
  occupations: ClassificationRow[];
  industries: ClassificationRow[];
  level: number | null;
  status: VersionRow['status'];
  date: string | null;
  /** The standard file, or for a history-only version the file whose version table lists it. */
  file: string;
}

function ownRow(entry: CatalogEntry): VersionRow | undefined {
  if (entry.kind === 'history') return entry.row;
  return entry.standard.versions.find((r) => r.version === entry.version);
}

export function toRow(entry: CatalogEntry, newestVersion: number): ListRow {
  const row = ownRow(entry);
  const status = row?.status ?? (entry.version === newestVersion ? 'current' : 'historical');
  const common = {
    code: entryCode(entry),
    base: entry.base,
    version: entry.version,
    name: entryName(entry),
    status,
    date: row?.date ?? null,
  };
  if (entry.kind === 'published') {
    const s = entry.standard;
    return {
      ...common,
      content: true,
      categories: s.categories,
      occupations: s.occupations,
      industries: s.industries,
      level: s.level,
      file: entry.file,
    };
  }
  return { ...common, content: false, categories: [], occupations: [], industries: [], level: null, file: entry.listedIn.file };
}

const startsWith = (value: string, prefix: string) => value.toUpperCase().startsWith(prefix.trim().toUpperCase());

/**
 * Whether a row passes the filters. A history-only version has no header of its own: its
 * category and occupation are read from its code (IIS3512-… → IIS, 3512), and it never matches
 * an industry or level filter, since nothing is known of those.
 */
export function matches(row: ListRow, f: ListFilters): boolean {
  if (f.category !== undefined) {
    const ok = row.categories.some((c) => startsWith(c.code, f.category!)) || (!row.content && startsWith(row.base, f.category));
    if (!ok) return false;
  }
  if (f.occupation !== undefined) {
    const ok =
      row.occupations.some((o) => startsWith(o.code, f.occupation!)) || (!row.content && startsWith(row.base.slice(3), f.occupation));
    if (!ok) return false;
  }
  if (f.industry !== undefined && !row.industries.some((i) => startsWith(i.code, f.industry!))) return false;
  if (f.level !== undefined && row.level !== f.level) return false;
  if (f.name !== undefined && !row.name.toLowerCase().includes(f.name.trim().toLowerCase())) return false;
  return true;
}

/** The rows the filters ask for, out of rows of every version (or of the newest). */
export function selectRows(rows: readonly ListRow[], filters: ListFilters = {}): ListRow[] {
  const newest = new Map<string, number>();
  for (const r of rows) newest.set(r.base, Math.max(newest.get(r.base) ?? 0, r.version));
  return rows.filter((r) => (filters.allVersions || r.version === newest.get(r.base)) && matches(r, filters));
}

export function listRows(entries: readonly CatalogEntry[], filters: ListFilters = {}): ListRow[] {
  const newest = new Map<string, number>();
  for (const e of entries) newest.set(e.base, Math.max(newest.get(e.base) ?? 0, e.version));
  const chosen = filters.allVersions ? entries : entries.filter((e) => e.version === newest.get(e.base));
  return chosen.map((e) => toRow(e, newest.get(e.base)!)).filter((row) => matches(row, filters));
}
