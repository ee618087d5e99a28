import { describe, expect, it } from 'vitest';
import { regionIncidents } from '../../../src/charts/region-profile/incidents.ts';
import { incidents } from '../../../src/data/select.ts';
import { csvFirst, csvRows, csvWhere, num } from '../../helpers/csv-rows.ts';
import { incidentRow } from '../../helpers/rows.ts';

describe('regionIncidents(incidents, code)', () => {
  it('groups the region’s rows by date and place, in date order, a month-only date after that month’s days', () => {
    const events = regionIncidents(
      [
        incidentRow({ date: '2024-12', place: 'Petel Kolé' }),
        incidentRow({ date: '2025-01-02', place: 'A' }),
        incidentRow({ date: '2024-12-20', place: 'Karey Goussou' }),
        incidentRow({ date: '2024-12-20', place: 'Karey Goussou', deaths_by: 'official' }),
        incidentRow({ date: '2024-11-30', place: 'B', area: 'NE-5' }),
      ],
      'NE-6',
    );
    expect(events.map((e) => [e.date, e.place, e.rows.length])).toEqual([
      ['2024-12-20', 'Karey Goussou', 2],
      ['2024-12', 'Petel Kolé', 1],
      ['2025-01-02', 'A', 1],
    ]);
  });

  it('states a figure the report repeats once, with both rows, and keeps different reporters apart', () => {
    const [event] = regionIncidents(
      [
        incidentRow({ deaths_min: 58, deaths_max: 58, deaths_by: 'report', target: 'civilians', killed: 'civilians', locator: '§6.4' }),
        incidentRow({ deaths_min: 58, deaths_max: 58, deaths_by: 'report', target: 'civilians', killed: 'civilians', locator: 'Samenvatting' }),
        incidentRow({ deaths_min: 40, deaths_max: 40, deaths_by: 'claimed_by_perpetrator', target: 'civilians', killed: 'civilians', qualifier: 'about' }),
        incidentRow({ deaths_by: 'other_sources' }),
      ],
      'NE-6',
    );
    expect(event!.figures.map((f) => [f.deaths_by, f.min, f.qualifier, f.rows.length])).toEqual([
      ['report', 58, 'exact', 2],
      ['claimed_by_perpetrator', 40, 'approx', 1],
    ]);
    expect(event!.rows).toHaveLength(4);
  });

  it('reads a figure’s qualifier from the `qualifier` column, not from the note', () => {
    const qualifier = (row: Parameters<typeof incidentRow>[0]) => regionIncidents([incidentRow({ killed: 'civilians', ...row })], 'NE-6')[0]!.figures[0]!.qualifier;
    expect(qualifier({ deaths_min: 100, qualifier: 'more than' })).toBe('more_than');
    expect(qualifier({ deaths_min: 10, qualifier: 'at least' })).toBe('at_least');
    expect(qualifier({ deaths_max: 15, qualifier: 'up to' })).toBe('at_most');
    expect(qualifier({ deaths_min: 50, deaths_max: 50, qualifier: 'about' })).toBe('approx');
    expect(qualifier({ deaths_min: 12, deaths_max: 12 })).toBe('exact');
    expect(qualifier({ deaths_min: 39, deaths_max: 39, note: '"more than" 39' })).toBe('exact');
  });

  it('keeps the qualifier data/incidents.csv gives Libiri and Kokorou (§6.1)', () => {
    const csv = csvFirst('incidents.csv', { place: 'Libiri; Kokorou' });
    const event = regionIncidents(incidents, 'NE-6').find((e) => e.place === 'Libiri; Kokorou');
    expect(csv.qualifier).toBe('at least');
    expect(event!.figures.map((f) => [f.min, f.qualifier, f.victims])).toEqual([[num(csv.deaths_min), 'at_least', 'civilian']]);
  });

  it('names who died from the `killed` column, ACLED’s mixed count as all deaths in the incident', () => {
    const victims = (row: Parameters<typeof incidentRow>[0]) => regionIncidents([incidentRow({ deaths_min: 3, deaths_max: 3, ...row })], 'NE-6')[0]!.figures[0]!.victims;
    expect(victims({ target: 'army', killed: 'civilians' })).toBe('civilian');
    expect(victims({ target: 'civilians', killed: 'soldiers' })).toBe('soldier');
    expect(victims({ killed: 'gendarmes' })).toBe('gendarme');
    expect(victims({ target: 'military convoy', killed: 'attackers' })).toBe('attacker');
    expect(victims({ killed: 'militants' })).toBe('militant');
    expect(victims({ killed: 'neutralised' })).toBe('militantNeutralised');
    expect(victims({ killed: 'mixed', deaths_by: 'acled' })).toBe('acledDeath');
    expect(victims({ killed: 'mixed', deaths_by: 'report' })).toBe('death');
    expect(victims({ killed: 'unknown' })).toBe('person');
    expect(() => victims({ killed: null })).toThrow(/says no one killed/);
  });

  it('counts the §6.7 convoy toll as attackers, as data/incidents.csv says', () => {
    const csv = csvWhere('incidents.csv', { target: 'military convoy' });
    expect(csv.map((r) => r.killed)).toEqual(['attackers', 'attackers']);
    const event = regionIncidents(incidents, 'NE-7').find((e) => e.target === 'military convoy');
    expect(event!.figures.map((f) => [f.deaths_by, f.min, f.victims])).toEqual([
      ['acled', num(csv[0]!.deaths_min), 'attacker'],
      ['report', num(csv[1]!.deaths_min), 'attacker'],
    ]);
  });

  it('takes every row of data/incidents.csv for the region, each once', () => {
    for (const code of ['NE-6', 'NE-5', 'NE-2'] as const) {
      const events = regionIncidents(incidents, code);
      const csv = csvRows('incidents.csv').filter((r) => r.area === code);
      expect(events.reduce((n, e) => n + e.rows.length, 0), code).toBe(csv.length);
      expect(new Set(events.map((e) => e.key)).size, code).toBe(new Set(csv.map((r) => `${r.date}|${r.place}`)).size);
      const figures = events.flatMap((e) => e.figures.flatMap((f) => f.rows));
      expect(figures.length, code).toBe(csv.filter((r) => r.deaths_min !== '' || r.deaths_max !== '').length);
    }
  });
});
