/**
 * Pure queries over rows passed in: the chart modules use these with the rows their
 * component gives them, and src/data/select.ts uses them over the generated datasets.
 */
import type { AcledCount, AreaCode, EventType, Provenance, Qualifier, Region, RegionCode, Scope, SubEventType, ValueQualifier } from './types.ts';

export interface Period {
  start: string;
  end: string;
}

/** The COI Focus's research period and the same period a year earlier. */
export const CURRENT: Period = { start: '2024-09-01', end: '2025-05-30' };
export const PREVIOUS: Period = { start: '2023-09-01', end: '2024-05-30' };

export interface AcledQuery {
  period: Period;
  area?: AreaCode;
  department?: string | null;
  event_type?: EventType;
  sub_event_type?: SubEventType;
  actor?: string;
  /** What the row counts; by default the area's count for the type (`total`). */
  scope?: Scope;
  /** The locality of a `place` or `event` row. */
  place?: string | null;
  /** Which row, where the sources disagree (the disagreement is listed in data/discrepancies.csv). */
  locator?: string;
}

/**
 * Where the sources disagree on a region's count, the row the site shows, by locator. Dosso:
 * §6.2's text (35 incidents) over Tabel 1's total (36), since the table's own rows add up to 35.
 */
export const REGION_COUNT_LOCATOR: Partial<Record<RegionCode, string>> = { 'NE-3': '§6.2' };

/** All rows matching a query (text and table can both state a count: both are kept). */
export function matchAcled(rows: readonly AcledCount[], q: AcledQuery): AcledCount[] {
  return rows.filter(
    (r) =>
      r.period_start === q.period.start &&
      r.period_end === q.period.end &&
      r.area === (q.area ?? 'NE') &&
      r.department === (q.department ?? null) &&
      r.place === (q.place ?? null) &&
      r.event_type === (q.event_type ?? 'all') &&
      r.sub_event_type === (q.sub_event_type ?? 'all') &&
      r.actor === (q.actor ?? 'all') &&
      r.scope === (q.scope ?? 'total'),
  );
}

/**
 * The one row a query means. Rows that state different values are a disagreement in the
 * sources: the query must name the row it wants by locator, or the build stops and says
 * which file, which query and which values from where. (The data step has already made
 * sure data/discrepancies.csv lists every such disagreement.)
 */
export function pickRow<T extends Provenance>(
  file: string,
  query: string,
  rows: readonly T[],
  valueOf: (row: T) => number | string | null,
  locator?: string,
): T | null {
  const stated = rows.filter((r) => valueOf(r) !== null);
  if (locator !== undefined) {
    const named = stated.find((r) => r.locator === locator);
    if (!named) throw new Error(`${file}: ${query} has no row at locator "${locator}" (rows: ${stated.map((r) => `"${r.locator}"`).join(', ') || 'none'})`);
    return named;
  }
  const values = new Set(stated.map(valueOf));
  if (values.size > 1) {
    const listed = stated.map((r) => `${String(valueOf(r))} (${r.locator})`).join(' | ');
    throw new Error(`${file}: ${query} matches rows that disagree: ${listed}. Name the one wanted by its locator; the disagreement must be listed in data/discrepancies.csv.`);
  }
  return stated[0] ?? null;
}

/** The matching row that states the measure, or null; see pickRow for rows that disagree. */
export function firstAcled(rows: readonly AcledCount[], q: AcledQuery, measure: 'incidents' | 'fatalities'): AcledCount | null {
  const { locator, ...rest } = q;
  const query = `${measure} for ${JSON.stringify(rest)}`;
  return pickRow('data/acled-niger.csv', query, matchAcled(rows, q), (r) => r[measure], locator);
}

/** A region's total for the period, with the row the site shows where the sources disagree. */
export function regionCount(rows: readonly AcledCount[], period: Period, area: RegionCode, measure: 'incidents' | 'fatalities'): AcledCount | null {
  const locator = REGION_COUNT_LOCATOR[area];
  const wanted = locator !== undefined && matchAcled(rows, { period, area }).some((r) => r.locator === locator && r[measure] !== null);
  return firstAcled(rows, { period, area, ...(wanted ? { locator } : {}) }, measure);
}

/** The registry's and the charts' qualifier for a row's `qualifier` word. */
export const QUALIFIER_OF: Record<Qualifier, ValueQualifier> = { about: 'approx', 'at least': 'at_least', 'more than': 'more_than', 'up to': 'at_most' };
export const valueQualifier = (q: Qualifier | null): ValueQualifier => (q === null ? 'exact' : QUALIFIER_OF[q]);

/** A region by its code; throws during the build for an unknown code. */
export function regionIn(regions: readonly Region[], code: RegionCode): Region {
  const r = regions.find((x) => x.code === code);
  if (!r) throw new Error(`Unknown region ${code}`);
  return r;
}

/** Derived: per 100,000 inhabitants, from a sourced count and a sourced population. */
export function per100k(count: number, population: number): number {
  return Math.round((count / population) * 100_000 * 10) / 10;
}

/** Derived: relative change in percent, one decimal. */
export function changePct(current: number, previous: number): number {
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
