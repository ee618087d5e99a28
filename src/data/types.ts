/**
 * Record types of the curated datasets, as the build step emits them.
 * Empty CSV fields become `null`; integers and decimals become numbers.
 */

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

export const VALUE_QUALIFIERS = ['exact', 'approx', 'more_than', 'at_most'] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

export const DEATHS_BY = ['official', 'claimed_by_perpetrator', 'other_sources', 'acled', 'report'] as const;
export type DeathsBy = (typeof DEATHS_BY)[number];

export const POPULATION_GROUPS = ['idp', 'refugee_asylum_seeker'] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PLACE_KINDS = ['capital', 'regional_capital', 'town'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where a figure comes from: every row carries both. */
export interface Provenance {
  source_id: string;
  locator: string;
}

export interface Source {
  source_id: string;
  title: string;
  publisher: string;
  published: string | null;
  language: string;
  url: string | null;
  note: string | null;
}

export interface Region extends Provenance {
  code: RegionCode;
  name: string;
  capital: string;
  population: number | null;
  population_year: number | null;
}

export interface AcledCount extends Provenance {
  period_start: string;
  period_end: string;
  area: AreaCode;
  department: string | null;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor: string;
  incidents: number | null;
  fatalities: number | null;
  note: string | null;
}

export interface Displacement extends Provenance {
  date: string;
  area: AreaCode;
  population_group: PopulationGroup;
  origin: string | null;
  /** Empty where the source gives only a share. */
  count: number | null;
  share_pct: number | null;
}

export interface HumanitarianFigure extends Provenance {
  /** A date, or an ISO interval "start/end" for figures covering a period. */
  date: string | null;
  area: AreaCode;
  indicator: string;
  value: number;
  unit: string;
  value_qualifier: ValueQualifier;
  note: string | null;
}

export interface DeploymentFigure extends Provenance {
  mission: string;
  contributor: string;
  figure_kind: string;
  value: number;
  unit: string;
  value_qualifier: ValueQualifier;
  as_of: string | null;
  note: string | null;
}

export interface TimelineEvent extends Provenance {
  date: string;
  date_precision: DatePrecision;
  actor: string;
  category: string;
  title_nl: string;
  title_en: string;
}

export interface Incident extends Provenance {
  date: string;
  area: AreaCode;
  department: string | null;
  place: string | null;
  actor: string;
  target: string;
  deaths_min: number | null;
  deaths_max: number | null;
  deaths_by: DeathsBy;
  note: string | null;
}

export interface ArmedGroup extends Provenance {
  group: string;
  aliases: string | null;
  affiliation: string | null;
  founded: string | null;
  active_in: string | null;
}

export interface Discrepancy {
  dataset: string;
  key: string;
  values: string;
  locators: string;
  explanation: string;
}

export interface Place {
  name: string;
  lon: number;
  lat: number;
  region_code: RegionCode;
  kind: PlaceKind;
  source: string;
}
