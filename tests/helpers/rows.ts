/**
 * Small typed rows for chart fixtures: every field a chart does not look at gets a plain
 * default, so a test spells out only what matters to it.
 */
import type { AcledCount, ArmedGroup, DeploymentFigure, Displacement, Incident, Place, Region, TimelineEvent } from '../../src/data/types.ts';

const source = { source_id: 'test-source', locator: '§1' };

export const acledRow = (row: Partial<AcledCount>): AcledCount => ({
  period_start: '2024-09-01', period_end: '2025-05-30', area: 'NE', department: null, event_type: 'all',
  sub_event_type: 'all', actor: 'all', incidents: null, fatalities: null, scope: 'total', place: null, note: null, ...source, ...row,
});

export const incidentRow = (row: Partial<Incident>): Incident => ({
  date: '2025-01-01', area: 'NE-6', department: null, place: 'Testville', actor: 'ISSP', target: 'army',
  deaths_min: null, deaths_max: null, deaths_by: 'report', qualifier: null, killed: null, note: null, ...source, ...row,
});

export const regionRow = (row: Partial<Region>): Region => ({
  code: 'NE-6', name: 'Tillabéri', capital: 'Tillabéri', population: 3_000_000, population_year: 2023, ...source, ...row,
});

export const displacementRow = (row: Partial<Displacement>): Displacement => ({
  date: '2024-10', area: 'NE', population_group: 'idp', origin: null, count: null, qualifier: null, share_pct: null, ...source, ...row,
});

export const deploymentRow = (row: Partial<DeploymentFigure>): DeploymentFigure => ({
  mission: 'Test mission', contributor: 'Netherlands', figure_kind: 'mandate_max', value: 1, unit: 'people',
  value_qualifier: 'exact', as_of: null, until: null, extended: null, note: null, ...source, ...row,
});

export const timelineRow = (row: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'event', date: '2020', date_precision: 'year', actor: 'Niger', category: 'cooperation', ...source, ...row,
});

export const armedGroupRow = (row: Partial<ArmedGroup>): ArmedGroup => ({
  group: 'Test group', aliases: null, affiliation: null, founded: null, active_in: null, ...source, ...row,
});

export const placeRow = (row: Partial<Place>): Place => ({
  name: 'Testville', kind: 'town', region_code: 'NE-6', lon: 1.5, lat: 14, source: 'test-source', ...row,
});
