/**
 * Pure queries over rows passed in: the chart modules use these with the rows their
 * component gives them, and src/data/select.ts uses them over the generated datasets.
 */
import type { AcledCount, AreaCode, EventType, Region, RegionCode, SubEventType } from './types.ts';

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
}

/** All rows matching a query (text and table can both state a count: both are kept). */
export function matchAcled(rows: readonly AcledCount[], q: AcledQuery): AcledCount[] {
  return rows.filter(
    (r) =>
      r.period_start === q.period.start &&
      r.period_end === q.period.end &&
      r.area === (q.area ?? 'NE') &&
      r.department === (q.department ?? null) &&
      r.event_type === (q.event_type ?? 'all') &&
      r.sub_event_type === (q.sub_event_type ?? 'all') &&
      r.actor === (q.actor ?? 'all'),
  );
}

/** The first matching row that states the measure, or null. */
export function firstAcled(rows: readonly AcledCount[], q: AcledQuery, measure: 'incidents' | 'fatalities'): AcledCount | null {
  return matchAcled(rows, q).find((r) => r[measure] !== null) ?? null;
}

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
