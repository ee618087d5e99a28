/**
 * Queries over the typed datasets, shared by charts and prose. A query that finds
 * nothing throws during the build, so a page can never render an empty figure.
 */
import { acledNiger, deployments, displacement, humanitarian, incidents, regions, timeline } from './index.ts';
import { firstAcled, matchAcled, pickRow, regionIn, type AcledQuery } from './query.ts';
import type { AcledCount, DeploymentFigure, Displacement, HumanitarianFigure, Incident, Provenance, Region, RegionCode, TimelineEvent } from './types.ts';

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
  corrections,
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

export { CURRENT, PREVIOUS, REGION_COUNT_LOCATOR, changePct, per100k, regionCount, valueQualifier, type AcledQuery, type Period } from './query.ts';

/** All rows matching a query (text and table can both state a count: both are kept). */
export function acledRows(q: AcledQuery): AcledCount[] {
  return matchAcled(acledNiger, q);
}

/** The row that states the measure, or null; rows that disagree need `locator` (see pickRow). */
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

/** The rows whose fields equal `match` (locator aside: it picks among them). */
function matching<T extends object>(rows: readonly T[], match: Partial<T>): T[] {
  return rows.filter((d) => Object.entries(match).every(([k, v]) => k === 'locator' || d[k as keyof T] === v));
}

/** The one row `match` means; rows with different values need `match.locator` (see pickRow). */
function one<T extends Provenance>(file: string, rows: readonly T[], match: Partial<T>, valueOf: (r: T) => number | string, what: string): T {
  const found = matching(rows, match);
  const row = found.length === 0 ? null : (pickRow(file, `${what} ${JSON.stringify(match)}`, found, valueOf, match.locator));
  if (!row) throw new Error(`No ${what} for ${JSON.stringify(match)}`);
  return row;
}

export function deployment(match: Partial<DeploymentFigure>): DeploymentFigure {
  return one('data/deployments.csv', deployments, match, (r) => r.value, 'deployment figure');
}

/** The timeline row with this id; throws during the build if there is none. */
export function timelineEvent(id: string): TimelineEvent {
  const row = timeline.find((e) => e.id === id);
  if (!row) throw new Error(`data/timeline.csv: no event with id "${id}"`);
  return row;
}

export function humanitarianFigure(match: Partial<HumanitarianFigure>): HumanitarianFigure {
  return one('data/humanitarian.csv', humanitarian, match, (r) => r.value, 'humanitarian figure');
}

/** Displacement rows state a count, a share or both: both must agree. */
export function displacementFigure(match: Partial<Displacement>): Displacement {
  return one('data/displacement.csv', displacement, match, (r) => `${r.count ?? '–'} (${r.share_pct ?? '–'} %)`, 'displacement figure');
}

/** One incident row, with or without a death figure; throws during the build if the data has none or several. */
export function findIncident(match: Partial<Incident>): Incident {
  const found = matching(incidents, match);
  if (found.length === 0) throw new Error(`No incident for ${JSON.stringify(match)}`);
  const row = match.locator === undefined ? found[0]! : found.find((r) => r.locator === match.locator);
  if (!row) throw new Error(`data/incidents.csv: no incident for ${JSON.stringify(match)} at that locator`);
  return row;
}

/** One incident row with its figure; throws during the build if there is none, so prose never shows an empty figure. */
export function incidentRow(match: Partial<Incident>): Incident & { value: number } {
  const found = matching(incidents, match).filter((r) => r.deaths_min !== null || r.deaths_max !== null);
  const row = pickRow('data/incidents.csv', `death toll ${JSON.stringify(match)}`, found, (r) => r.deaths_min ?? r.deaths_max, match.locator);
  if (!row) throw new Error(`No incident with a death figure for ${JSON.stringify(match)}`);
  return { ...row, value: (row.deaths_min ?? row.deaths_max) as number };
}
