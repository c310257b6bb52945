/** Coverage of a standard by a course: for every task, K, S and A, the units that cover it — pure. */
import { COVER_KINDS, unitCodes, type CourseMapping, type CoverKind } from '../model/course.js';
import type { Standard } from '../model/schema.js';
import { standardItems } from './codes.js';

export interface CoverageItem {
  kind: CoverKind;
  code: string;
  name: string;
  /** Ids of the units that cover it, in teaching order; empty for a gap. */
  units: string[];
}

export interface Share {
  covered: number;
  total: number;
  /** 0–100, one decimal; 100 when there is nothing to cover. */
  percent: number;
}

export interface Coverage {
  course: CourseMapping['course'];
  standard: { code: string; name: string; version: number; level: number | null; date: string | null };
  units: Array<{ id: string; title: string; hours?: number; level?: number; codes: Record<CoverKind, string[]> }>;
  /** Gaps first, then covered items; each group in the standard's order. */
  items: CoverageItem[];
  kinds: Array<{ kind: CoverKind } & Share>;
  total: Share;
}

export function share(covered: number, total: number): Share {
  return { covered, total, percent: total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10 };
}

export function coverage(mapping: CourseMapping, standard: Standard): Coverage {
  const all = standardItems(standard);
  const items: CoverageItem[] = [];
  for (const kind of COVER_KINDS) {
    for (const item of all[kind]) {
      items.push({ kind, code: item.code, name: item.name, units: mapping.units.filter((u) => unitCodes(u, kind).includes(item.code)).map((u) => u.id) });
    }
  }
  const kinds = COVER_KINDS.map((kind) => {
    const of = items.filter((i) => i.kind === kind);
    return { kind, ...share(of.filter((i) => i.units.length > 0).length, of.length) };
  });
  const own = standard.versions.find((v) => v.version === standard.version);
  return {
    course: mapping.course,
    standard: { code: standard.code, name: standard.name, version: standard.version, level: standard.level, date: own?.date ?? null },
    units: mapping.units.map((u) => ({
      id: u.id,
      title: u.title,
      ...(u.hours !== undefined ? { hours: u.hours } : {}),
      ...(u.level !== undefined ? { level: u.level } : {}),
      codes: Object.fromEntries(COVER_KINDS.map((k) => [k, [...unitCodes(u, k)]])) as Record<CoverKind, string[]>,
    })),
    items: [...items.filter((i) => i.units.length === 0), ...items.filter((i) => i.units.length > 0)],
    kinds,
    total: share(items.filter((i) => i.units.length > 0).length, items.length),
  };
}
