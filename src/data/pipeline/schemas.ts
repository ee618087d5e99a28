import {
  DATE_PRECISIONS,
  DEATHS_BY,
  EVENT_TYPES,
  PLACE_KINDS,
  POPULATION_GROUPS,
  REGION_CODES,
  SUB_EVENT_TYPES,
  VALUE_QUALIFIERS,
} from '../types.ts';
import * as f from './fields.ts';

export type Columns = Readonly<Record<string, f.FieldSpec>>;

/** The record a dataset's rows become: each column's parsed type. */
export type RowOf<S extends { columns: Columns }> = {
  -readonly [K in keyof S['columns']]: S['columns'][K] extends f.FieldSpec<infer T> ? T : never;
};

export interface DatasetSchema {
  /** File stem in data/, also the dataset's name in discrepancies.csv. */
  name: string;
  file: string;
  columns: Columns;
  /** Columns whose values together must be unique. */
  key: readonly string[];
  /** Name of the export in the generated module and of its record type in types.ts. */
  exportName: string;
  typeName: string;
  /** Whether rows carry source_id and locator that must resolve. */
  provenance: boolean;
  /** Set where a header-only file is a real state; the pages assume every other dataset has rows. */
  mayBeEmpty?: boolean;
  /** Column pairs [start, end] where start must not come after end. */
  ordered?: readonly (readonly [string, string])[];
}

const AREA_CODES = ['NE', ...REGION_CODES] as const;
const area = f.oneOf(AREA_CODES);
const provenance = { source_id: f.text, locator: f.text };

export const sources = {
  name: 'sources',
  file: 'sources.csv',
  columns: {
    source_id: f.text,
    title: f.text,
    publisher: f.text,
    published: f.optionalIsoPartialDate,
    language: f.oneOf(['nl', 'en', 'fr']),
    url: f.optionalUrl,
    note: f.optionalText,
  },
  key: ['source_id'],
  exportName: 'sources',
  typeName: 'Source',
  provenance: false,
} satisfies DatasetSchema;

export const regions = {
  name: 'regions',
  file: 'regions.csv',
  columns: {
    code: f.oneOf(REGION_CODES),
    name: f.text,
    capital: f.text,
    population: f.optionalCount,
    population_year: f.optionalYear,
    ...provenance,
  },
  key: ['code'],
  exportName: 'regions',
  typeName: 'Region',
  provenance: true,
} satisfies DatasetSchema;

export const acledNiger = {
  name: 'acled-niger',
  file: 'acled-niger.csv',
  columns: {
    period_start: f.isoDay,
    period_end: f.isoDay,
    area,
    department: f.optionalText,
    event_type: f.oneOf(EVENT_TYPES),
    sub_event_type: f.oneOf(SUB_EVENT_TYPES),
    actor: f.text,
    incidents: f.optionalCount,
    fatalities: f.optionalCount,
    ...provenance,
    note: f.optionalText,
  },
  key: ['period_start', 'period_end', 'area', 'department', 'event_type', 'sub_event_type', 'actor', 'locator'],
  exportName: 'acledNiger',
  typeName: 'AcledCount',
  provenance: true,
  ordered: [['period_start', 'period_end']],
} satisfies DatasetSchema;

export const displacement = {
  name: 'displacement',
  file: 'displacement.csv',
  columns: {
    date: f.isoPartialDate,
    area,
    population_group: f.oneOf(POPULATION_GROUPS),
    origin: f.optionalText,
    count: f.optionalCount,
    share_pct: f.optionalDecimal,
    ...provenance,
  },
  key: ['date', 'area', 'population_group', 'origin', 'locator'],
  exportName: 'displacement',
  typeName: 'Displacement',
  provenance: true,
} satisfies DatasetSchema;

export const humanitarian = {
  name: 'humanitarian',
  file: 'humanitarian.csv',
  columns: {
    date: f.optionalIsoDateOrInterval,
    area,
    indicator: f.text,
    value: f.decimal,
    unit: f.text,
    value_qualifier: f.oneOf(VALUE_QUALIFIERS),
    ...provenance,
    note: f.optionalText,
  },
  key: ['date', 'area', 'indicator', 'locator'],
  exportName: 'humanitarian',
  typeName: 'HumanitarianFigure',
  provenance: true,
} satisfies DatasetSchema;

export const deployments = {
  name: 'deployments',
  file: 'deployments.csv',
  columns: {
    mission: f.text,
    contributor: f.text,
    figure_kind: f.text,
    value: f.decimal,
    unit: f.text,
    value_qualifier: f.oneOf(VALUE_QUALIFIERS),
    as_of: f.optionalIsoPartialDate,
    ...provenance,
    note: f.optionalText,
  },
  key: ['mission', 'contributor', 'figure_kind', 'as_of', 'locator'],
  exportName: 'deployments',
  typeName: 'DeploymentFigure',
  provenance: true,
} satisfies DatasetSchema;

export const timeline = {
  name: 'timeline',
  file: 'timeline.csv',
  columns: {
    date: f.isoPartialDate,
    date_precision: f.oneOf(DATE_PRECISIONS),
    actor: f.text,
    category: f.text,
    title_nl: f.text,
    title_en: f.text,
    ...provenance,
  },
  key: ['date', 'actor', 'title_en'],
  exportName: 'timeline',
  typeName: 'TimelineEvent',
  provenance: true,
} satisfies DatasetSchema;

export const incidents = {
  name: 'incidents',
  file: 'incidents.csv',
  columns: {
    date: f.isoPartialDate,
    area,
    department: f.optionalText,
    place: f.optionalText,
    actor: f.text,
    target: f.text,
    deaths_min: f.optionalCount,
    deaths_max: f.optionalCount,
    deaths_by: f.oneOf(DEATHS_BY),
    ...provenance,
    note: f.optionalText,
  },
  key: ['date', 'area', 'place', 'deaths_by', 'locator'],
  exportName: 'incidents',
  typeName: 'Incident',
  provenance: true,
} satisfies DatasetSchema;

export const armedGroups = {
  name: 'armed-groups',
  file: 'armed-groups.csv',
  columns: {
    group: f.text,
    aliases: f.optionalText,
    affiliation: f.optionalText,
    founded: f.optionalIsoPartialDate,
    active_in: f.optionalText,
    ...provenance,
  },
  key: ['group', 'locator'],
  exportName: 'armedGroups',
  typeName: 'ArmedGroup',
  provenance: true,
} satisfies DatasetSchema;

export const discrepancies = {
  name: 'discrepancies',
  file: 'discrepancies.csv',
  columns: {
    dataset: f.text,
    key: f.text,
    values: f.text,
    locators: f.text,
    explanation: f.text,
    /** The explanation in Dutch, for the Dutch sources page. */
    explanation_nl: f.text,
  },
  key: ['dataset', 'key'],
  exportName: 'discrepancies',
  typeName: 'Discrepancy',
  provenance: false,
  // Sources that agree everywhere leave nothing to list.
  mayBeEmpty: true,
} satisfies DatasetSchema;

export const places = {
  name: 'places',
  file: 'geo/places.csv',
  columns: {
    name: f.text,
    lon: f.coordinate(-180, 180),
    lat: f.coordinate(-90, 90),
    region_code: f.oneOf(REGION_CODES),
    kind: f.oneOf(PLACE_KINDS),
    source: f.text,
  },
  key: ['name'],
  exportName: 'places',
  typeName: 'Place',
  provenance: false,
} satisfies DatasetSchema;

/** In dependency order: sources first, since every other file refers to it. */
export const DATASETS: readonly DatasetSchema[] = [
  sources,
  regions,
  acledNiger,
  displacement,
  humanitarian,
  deployments,
  timeline,
  incidents,
  armedGroups,
  discrepancies,
  places,
];
