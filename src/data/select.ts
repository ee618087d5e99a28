/**
 * Queries over the typed datasets, shared by charts and prose. A query that finds
 * nothing throws during the build, so a page can never render an empty figure.
 */
import { acledNiger, deployments, displacement, humanitarian, incidents, regions } from './index.ts';
import { firstAcled, matchAcled, regionIn, type AcledQuery } from './query.ts';
import type { AcledCount, DeploymentFigure, Displacement, HumanitarianFigure, Incident, Region, RegionCode } from './types.ts';

/**
 * The datasets themselves, for components that list or chart whole tables. This is the
 * only module that imports the generated data (through ./index.ts).
 */
export {
  acledNiger,
  armedGroups,
  caveats,
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

export { worldTopology } from './world.ts';

export { CURRENT, PREVIOUS, changePct, per100k, type AcledQuery, type Period } from './query.ts';

/** All rows matching a query (text and table can both state a count: both are kept). */
export function acledRows(q: AcledQuery): AcledCount[] {
  return matchAcled(acledNiger, q);
}

/** The first row that states the measure, or null. */
export function findAcled(q: AcledQuery, measure: 'incidents' | 'fatalities'): AcledCount | null {
  return firstAcled(acledNiger, q, measure);
}

export function acled(q: AcledQuery, measure: 'incidents' | 'fatalities'): AcledCount & { value: number } {
  const row = findAcled(q, measure);
  if (!row) throw new Error(`No ACLED ${measure} for ${JSON.stringify(q)}`);
  return { ...row, value: row[measure] as number };
}

export function region(code: RegionCode): Region {
  return regionIn(regions, code);
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
