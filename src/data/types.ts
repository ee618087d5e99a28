/**
 * The value sets of the curated datasets, and their record types as the build step emits
 * them. Empty CSV fields become `null`; integers and decimals become numbers.
 */
import type * as schemas from './pipeline/schemas.ts';
import type { RowOf } from './pipeline/schemas.ts';

export type RegionCode = 'NE-1' | 'NE-2' | 'NE-3' | 'NE-4' | 'NE-5' | 'NE-6' | 'NE-7' | 'NE-8';
/** `NE` stands for the whole country. */
export type AreaCode = 'NE' | RegionCode;

export const REGION_CODES: readonly RegionCode[] = ['NE-1', 'NE-2', 'NE-3', 'NE-4', 'NE-5', 'NE-6', 'NE-7', 'NE-8'];

export const EVENT_TYPES = ['all', 'battles', 'explosions_remote_violence', 'violence_against_civilians', 'civilian_targeting'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SUB_EVENT_TYPES = [
  'all',
  'armed_clash',
  'remote_explosive_landmine_ied',
  'air_drone_strike',
  'shelling_artillery_missile',
  'attack',
  'abduction_forced_disappearance',
] as const;
export type SubEventType = (typeof SUB_EVENT_TYPES)[number];

export const VALUE_QUALIFIERS = ['exact', 'approx', 'nearly', 'at_least', 'more_than', 'at_most'] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

/** The source's own word before a count in displacement.csv and incidents.csv; empty means the count is stated plainly. */
export const QUALIFIERS = ['about', 'at least', 'more than', 'up to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What an ACLED row counts: the area's count for the type, a stated part of a total, one locality, or one attack. */
export const SCOPES = ['total', 'part', 'place', 'event'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Whose deaths an incident toll counts. `mixed`: more than one side, or every death in the
 * event (ACLED); `neutralised`: the army's word for armed men it says it killed or captured;
 * `unknown`: the source does not say.
 */
export const KILLED = ['civilians', 'soldiers', 'gendarmes', 'attackers', 'militants', 'neutralised', 'mixed', 'unknown'] as const;
export type Killed = (typeof KILLED)[number];

export const DEATHS_BY = ['official', 'claimed_by_perpetrator', 'other_sources', 'acled', 'report'] as const;
export type DeathsBy = (typeof DEATHS_BY)[number];

export const POPULATION_GROUPS = ['idp', 'refugee_asylum_seeker'] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** What a source document is; the citation files (BibTeX, RIS, CSL-JSON) pick their entry type by it. */
export const SOURCE_KINDS = ['report', 'letter', 'web_page', 'news'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const PLACE_KINDS = ['capital', 'regional_capital', 'town'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where a figure comes from: every row carries both. */
export interface Provenance {
  source_id: string;
  locator: string;
}

/** One record type per dataset, inferred from its columns in the data step's schemas. */
export type Source = RowOf<typeof schemas.sources>;
export type Region = RowOf<typeof schemas.regions>;
export type AcledCount = RowOf<typeof schemas.acledNiger>;
/** `count` is null where the source gives only a share. */
export type Displacement = RowOf<typeof schemas.displacement>;
/** `date` is a date, or an ISO interval "start/end" for figures covering a period. */
export type HumanitarianFigure = RowOf<typeof schemas.humanitarian>;
export type DeploymentFigure = RowOf<typeof schemas.deployments>;
export type TimelineEvent = RowOf<typeof schemas.timeline>;
export type Incident = RowOf<typeof schemas.incidents>;
export type ArmedGroup = RowOf<typeof schemas.armedGroups>;
export type Discrepancy = RowOf<typeof schemas.discrepancies>;
export type Caveat = RowOf<typeof schemas.caveats>;
export type Place = RowOf<typeof schemas.places>;
export type Correction = RowOf<typeof schemas.corrections>;
