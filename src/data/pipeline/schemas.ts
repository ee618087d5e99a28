import {
  DATE_PRECISIONS,
  DEATHS_BY,
  EVENT_TYPES,
  KILLED,
  PLACE_KINDS,
  POPULATION_GROUPS,
  QUALIFIERS,
  REGION_CODES,
  SOURCE_KINDS,
  SCOPES,
  SUB_EVENT_TYPES,
  VALUE_QUALIFIERS,
} from '../types.ts';
import { AREA_CODES, provenance } from './columns.ts';
import * as f from './fields.ts';
import { deathsQualified, killedWithToll, placeFitsScope, qualifierNeeds } from './rules.ts';
import type { DatasetSchema } from './schema-types.ts';
import { caveats, corrections, discrepancies } from './schemas-review.ts';

export { caveats, corrections, discrepancies };

const optionalQualifier = f.optional(f.oneOf(QUALIFIERS));

export type { Columns, DatasetSchema, RowOf } from './schema-types.ts';


const area = f.oneOf(AREA_CODES);

export const sources = {
  name: 'sources',
  file: 'sources.csv',
  columns: {
    source_id: f.text,
    kind: f.oneOf(SOURCE_KINDS),
    title: f.text,
    publisher: f.text,
    published: f.optionalIsoPartialDate,
    language: f.oneOf(['nl', 'en', 'fr']),
    url: f.optionalUrl,
    quotes: f.optionalText,
    quotes_consulted: f.optionalIsoPartialDate,
    quotes_locator: f.optionalText,
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
    place: f.optionalText,
    event_type: f.oneOf(EVENT_TYPES),
    sub_event_type: f.oneOf(SUB_EVENT_TYPES),
    actor: f.text,
    scope: f.oneOf(SCOPES),
    incidents: f.optionalCount,
    fatalities: f.optionalCount,
    ...provenance,
    note: f.optionalText,
  },
  key: ['period_start', 'period_end', 'area', 'department', 'place', 'event_type', 'sub_event_type', 'actor', 'scope', 'locator'],
  exportName: 'acledNiger',
  typeName: 'AcledCount',
  provenance: true,
  ordered: [['period_start', 'period_end']],
  rowRules: [placeFitsScope],
  sameMeasure: { columns: ['period_start', 'period_end', 'area', 'department', 'place', 'event_type', 'sub_event_type', 'actor', 'scope'], measures: ['incidents', 'fatalities'] },
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
    qualifier: optionalQualifier,
    share_pct: f.optionalDecimal,
    ...provenance,
  },
  key: ['date', 'area', 'population_group', 'origin', 'locator'],
  exportName: 'displacement',
  typeName: 'Displacement',
  provenance: true,
  rowRules: [qualifierNeeds('count', 'count')],
  sameMeasure: { columns: ['date', 'area', 'population_group', 'origin'], measures: ['count', 'share_pct'] },
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
  sameMeasure: { columns: ['date', 'area', 'indicator'], measures: ['value'] },
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
    /** For a mandate: when it ends, and whether the letter extends it to that date. */
    until: f.optionalIsoPartialDate,
    extended: f.optional(f.oneOf(['yes', 'no'])),
    ...provenance,
    note: f.optionalText,
  },
  key: ['mission', 'contributor', 'figure_kind', 'as_of', 'locator'],
  ordered: [['as_of', 'until']],
  exportName: 'deployments',
  typeName: 'DeploymentFigure',
  provenance: true,
} satisfies DatasetSchema;

export const timeline = {
  name: 'timeline',
  file: 'timeline.csv',
  columns: {
    id: f.slug,
    date: f.isoPartialDate,
    date_precision: f.oneOf(DATE_PRECISIONS),
    actor: f.text,
    category: f.text,
    ...provenance,
  },
  // The title is prose: src/content/timeline/<lang>/events.mdoc, one `{% event id="…" %}` per row.
  key: ['id'],
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
    qualifier: optionalQualifier,
    killed: f.optional(f.oneOf(KILLED)),
    deaths_by: f.oneOf(DEATHS_BY),
    ...provenance,
    note: f.optionalText,
  },
  key: ['date', 'area', 'place', 'deaths_by', 'locator'],
  exportName: 'incidents',
  typeName: 'Incident',
  provenance: true,
  rowRules: [deathsQualified, killedWithToll],
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
  caveats,
  corrections,
  places,
];
