import { describe, expect, it } from 'vitest';
import { boundOf, figureValue, victimsOf } from '../../../src/charts/casualties/classify.ts';
import { incidents } from '../../../src/data/select.ts';
import { csvFirst, csvRows } from '../../helpers/csv-rows.ts';
import { incidentRow } from '../../helpers/rows.ts';

describe('victimsOf(row)', () => {
  it('reads whose deaths a toll counts from the `killed` column, whatever actor and target say', () => {
    expect(victimsOf(incidentRow({ deaths_by: 'acled', target: 'civilians', killed: 'mixed' }))).toBe('all');
    expect(victimsOf(incidentRow({ target: 'army', killed: 'civilians' }))).toBe('civilians');
    expect(victimsOf(incidentRow({ target: 'military convoy', killed: 'attackers' }))).toBe('attackers');
  });

  it('puts attackers, militants and the army’s “neutralised” in one row', () => {
    for (const killed of ['attackers', 'militants', 'neutralised'] as const) expect(victimsOf(incidentRow({ killed }))).toBe('attackers');
  });

  it('puts soldiers, gendarmes and civilians in their own rows, mixed and unknown tolls with all deaths', () => {
    expect(victimsOf(incidentRow({ killed: 'soldiers' }))).toBe('security_forces');
    expect(victimsOf(incidentRow({ killed: 'gendarmes' }))).toBe('gendarmes');
    expect(victimsOf(incidentRow({ killed: 'civilians' }))).toBe('civilians');
    expect(victimsOf(incidentRow({ killed: 'unknown' }))).toBe('all');
  });

  it('refuses a toll that does not say whose deaths it counts', () => {
    expect(() => victimsOf(incidentRow({ deaths_min: 3, deaths_max: 3, killed: null }))).toThrow(/says no one killed/);
  });

  it('follows data/incidents.csv: the §6.7 convoy toll counts the attackers, not the soldiers', () => {
    const row = incidents.find((r) => r.target === 'military convoy' && r.deaths_min !== null);
    const csv = csvFirst('incidents.csv', { target: 'military convoy' });
    expect(csv.killed).toBe('attackers');
    expect(victimsOf(row!)).toBe('attackers');
  });
});

describe('boundOf(row)', () => {
  it('reads how exact a figure is from min, max and the `qualifier` column, not the note', () => {
    expect(boundOf(incidentRow({ deaths_min: 12, deaths_max: 12 }))).toBe('exact');
    expect(boundOf(incidentRow({ deaths_min: 40, deaths_max: 40, qualifier: 'about' }))).toBe('approx');
    expect(boundOf(incidentRow({ deaths_min: 40, deaths_max: 40, note: 'claimed "about" 40' }))).toBe('exact');
    expect(boundOf(incidentRow({ deaths_min: 14, deaths_max: 16 }))).toBe('range');
    expect(boundOf(incidentRow({ deaths_min: 10, qualifier: 'at least' }))).toBe('at_least');
    expect(boundOf(incidentRow({ deaths_min: 100, qualifier: 'more than' }))).toBe('more_than');
    expect(boundOf(incidentRow({ deaths_max: 15, qualifier: 'up to' }))).toBe('at_most');
  });

  it('gives every toll of data/incidents.csv the bound its qualifier names', () => {
    const byQualifier: Record<string, string> = { about: 'approx', 'at least': 'at_least', 'more than': 'more_than', 'up to': 'at_most' };
    const csv = csvRows('incidents.csv').filter((r) => r.deaths_min !== '' || r.deaths_max !== '');
    const tolls = incidents.filter((r) => r.deaths_min !== null || r.deaths_max !== null);
    expect(tolls.length).toBe(csv.length);
    tolls.forEach((r, i) => {
      const c = csv[i]!;
      const expected = c.qualifier !== '' ? byQualifier[c.qualifier!] : c.deaths_min === c.deaths_max ? 'exact' : 'range';
      expect(boundOf(r), `${c.date} ${c.place} (${c.locator})`).toBe(expected);
    });
    expect(tolls.some((r) => boundOf(r) === 'at_least')).toBe(true);
  });

  it('gives no bound, so no figure, for a row without numbers', () => {
    expect(boundOf(incidentRow({}))).toBeNull();
  });
});

describe('figureValue(figure)', () => {
  it('sits at the minimum, or at the maximum of an upper bound', () => {
    expect(figureValue({ min: 14, max: 16 })).toBe(14);
    expect(figureValue({ min: null, max: 15 })).toBe(15);
  });
});
