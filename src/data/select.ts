/**
 * Queries over the typed datasets, shared by charts and prose. A query that finds
 * nothing throws during the build, so a page can never render an empty figure.
 */
import { acledNiger, deployments, displacement, humanitarian, incidents, regions } from './index.ts';
import type { AcledCount, AreaCode, DeploymentFigure, Displacement, EventType, HumanitarianFigure, Incident, Region, RegionCode, SubEventType } from './types.ts';

/**
 * The datasets themselves, for components that list or chart whole tables. This is the
 * only module that imports the generated data (through ./index.ts).
 */
export {
  acledNiger,
  armedGroups,
  datasetSummaries,
  dataUpdated,
  deployments,
  discrepancies,
  displacement,
  humanitarian,
  incidents,
  neighbourTopology,
  places,
  regions,
  regionTopology,
  sources,
  timeline,
} from './index.ts';

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
export function acledRows(q: AcledQuery): AcledCount[] {
  return acledNiger.filter(
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

/** The first row that states the measure, or null. */
export function findAcled(q: AcledQuery, measure: 'incidents' | 'fatalities'): AcledCount | null {
  return acledRows(q).find((r) => r[measure] !== null) ?? null;
}

export function acled(q: AcledQuery, measure: 'incidents' | 'fatalities'): AcledCount & { value: number } {
  const row = findAcled(q, measure);
  if (!row) throw new Error(`No ACLED ${measure} for ${JSON.stringify(q)}`);
  return { ...row, value: row[measure] as number };
}

export function region(code: RegionCode): Region {
  const r = regions.find((x) => x.code === code);
  if (!r) throw new Error(`Unknown region ${code}`);
  return r;
}

export function deployment(match: Partial<DeploymentFigure>): DeploymentFigure {
  const rows = deployments.filter((d) => Object.entries(match).every(([k, v]) => d[k as keyof DeploymentFigure] === v));
  if (rows.length === 0) throw new Error(`No deployment figure for ${JSON.stringify(match)}`);
  return rows[0]!;
}

export function humanitarianFigure(match: Partial<HumanitarianFigure>): HumanitarianFigure {
  const rows = humanitarian.filter((d) => Object.entries(match).every(([k, v]) => d[k as keyof HumanitarianFigure] === v));
  if (rows.length === 0) throw new Error(`No humanitarian figure for ${JSON.stringify(match)}`);
  return rows[0]!;
}

export function displacementFigure(match: Partial<Displacement>): Displacement {
  const rows = displacement.filter((d) => Object.entries(match).every(([k, v]) => d[k as keyof Displacement] === v));
  if (rows.length === 0) throw new Error(`No displacement figure for ${JSON.stringify(match)}`);
  return rows[0]!;
}

/** One incident row, with or without a death figure; throws during the build if the data has none. */
export function findIncident(match: Partial<Incident>): Incident {
  const row = incidents.find((d) => Object.entries(match).every(([k, v]) => d[k as keyof Incident] === v));
  if (!row) throw new Error(`No incident for ${JSON.stringify(match)}`);
  return row;
}

/** One incident row with its figure; throws during the build if there is none, so prose never shows an empty figure. */
export function incidentRow(match: Partial<Incident>): Incident & { value: number } {
  const row = findIncident(match);
  const value = row.deaths_min ?? row.deaths_max;
  if (value === null) throw new Error(`Incident without a death figure: ${JSON.stringify(match)}`);
  return { ...row, value };
}

/** Derived: per 100,000 inhabitants, from a sourced count and a sourced population. */
export function per100k(count: number, population: number): number {
  return Math.round((count / population) * 100_000 * 10) / 10;
}

/** Derived: relative change in percent, one decimal. */
export function changePct(current: number, previous: number): number {
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
