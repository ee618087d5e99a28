/**
 * Two small attacks for the casualty chart's tests: every kind of bound and three reporters.
 * Bounds come from `qualifier`, whose deaths from `killed`, as in data/incidents.csv.
 */
import { attacksFrom } from '../../src/charts/casualties/attacks.ts';
import { incidentRow, regionRow } from './rows.ts';

export const ATTACK_ROWS = [
  incidentRow({ date: '2025-03-16', area: 'NE-2', department: 'Diffa', place: 'Chetima Wangou', actor: 'ISWAP', target: 'army position', deaths_min: 4, deaths_max: 4, killed: 'soldiers', deaths_by: 'official', locator: '§6.3' }),
  incidentRow({ date: '2025-03-16', area: 'NE-2', department: 'Diffa', place: 'Chetima Wangou', actor: 'ISWAP', target: 'army position', deaths_max: 15, qualifier: 'up to', killed: 'soldiers', deaths_by: 'claimed_by_perpetrator', locator: '§6.3' }),
  incidentRow({ date: '2025-03-16', area: 'NE-2', department: 'Diffa', place: 'Chetima Wangou', actor: 'ISWAP', target: 'army position', deaths_min: 15, deaths_max: 15, killed: 'mixed', deaths_by: 'acled', locator: '§6.3, ACLED' }),
  incidentRow({ date: '2024-12', area: 'NE-6', department: 'Téra', place: 'near Petel Kolé', actor: 'suspected ISSP', target: 'army', deaths_min: 10, qualifier: 'at least', killed: 'soldiers', deaths_by: 'official', locator: '§6.1' }),
  incidentRow({ date: '2024-12', area: 'NE-6', department: 'Téra', place: 'near Petel Kolé', actor: 'suspected ISSP', target: 'army', deaths_min: 100, qualifier: 'more than', killed: 'soldiers', deaths_by: 'other_sources', locator: '§6.1' }),
  incidentRow({ date: '2024-12', area: 'NE-6', department: 'Téra', place: 'near Petel Kolé', actor: 'suspected ISSP', target: 'civilians', deaths_min: 20, deaths_max: 30, killed: 'civilians', deaths_by: 'other_sources', locator: '§6.1' }),
];

export const ATTACK_REGIONS = [regionRow({ code: 'NE-2', name: 'Diffa' }), regionRow({ code: 'NE-6', name: 'Tillabéri' })];

/** Petel Kolé (December 2024) first, then Chetima Wangou (March 2025). */
export const ATTACKS = attacksFrom(ATTACK_ROWS, ATTACK_REGIONS);
