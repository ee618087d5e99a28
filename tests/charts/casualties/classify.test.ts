import { describe, expect, it } from 'vitest';
import { boundOf, figureValue, victimsOf } from '../../../src/charts/casualties/classify.ts';
import { incidentRow } from '../../helpers/rows.ts';

describe('victimsOf(row)', () => {
  it('counts everyone killed for ACLED, whatever actor and target say', () => {
    expect(victimsOf(incidentRow({ deaths_by: 'acled', target: 'civilians' }))).toBe('all');
  });

  it('counts the militants killed where the army is the actor', () => {
    expect(victimsOf(incidentRow({ actor: 'Nigerien army', target: 'ISSP militants', deaths_by: 'official' }))).toBe('attackers');
  });

  it('puts gendarmes, civilians and other targets (soldiers) in their own classes', () => {
    expect(victimsOf(incidentRow({ target: 'gendarmes' }))).toBe('gendarmes');
    expect(victimsOf(incidentRow({ target: 'civilians (village)' }))).toBe('civilians');
    expect(victimsOf(incidentRow({ target: 'bus passengers (civilians)' }))).toBe('civilians');
    expect(victimsOf(incidentRow({ target: 'military post' }))).toBe('security_forces');
  });
});

describe('boundOf(row)', () => {
  it('reads how exact a figure is from min, max and the quoted word in the note', () => {
    expect(boundOf(incidentRow({ deaths_min: 12, deaths_max: 12 }))).toBe('exact');
    expect(boundOf(incidentRow({ deaths_min: 40, deaths_max: 40, note: 'claimed "about" 40' }))).toBe('approx');
    expect(boundOf(incidentRow({ deaths_min: 14, deaths_max: 16 }))).toBe('range');
    expect(boundOf(incidentRow({ deaths_min: 10, note: 'official: "at least" 10' }))).toBe('at_least');
    expect(boundOf(incidentRow({ deaths_min: 100, note: '"more than 100"' }))).toBe('more_than');
    expect(boundOf(incidentRow({ deaths_max: 15 }))).toBe('at_most');
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
