import { describe, expect, it } from 'vitest';
import { attacksFrom, disputedAttacks, officialOwnLossesAlwaysLowest } from '../../../src/charts/casualties/attacks.ts';
import { incidents, regions } from '../../../src/data/select.ts';
import { csvRows } from '../../helpers/csv-rows.ts';
import { incidentRow, regionRow } from '../../helpers/rows.ts';

const fixtureRegions = [regionRow({ code: 'NE-6', name: 'Tillabéri' })];

describe('attacksFrom(rows, regions)', () => {
  const rows = [
    incidentRow({ date: '2025-05-25', place: 'Eknewane', actor: 'ISSP', deaths_min: 58, deaths_max: 58, killed: 'soldiers', deaths_by: 'report', locator: '§6.4' }),
    incidentRow({ date: '2024-12-20', place: 'Karey Goussou', actor: 'Nigerien army', target: 'militants', deaths_min: 19, deaths_max: 19, killed: 'attackers', deaths_by: 'official' }),
    incidentRow({ date: '2024-12-20', place: 'Karey Goussou', actor: 'probably ISSP', deaths_min: 4, deaths_max: 4, killed: 'soldiers', deaths_by: 'report' }),
    incidentRow({ date: '2025-05-25', place: 'Eknewane', actor: 'ISSP', deaths_min: 58, deaths_max: 58, killed: 'soldiers', deaths_by: 'report', locator: 'Samenvatting' }),
    incidentRow({ date: '2025-05-25', place: 'Eknewane', actor: 'ISSP', deaths_by: 'other_sources' }),
  ];
  const attacks = attacksFrom(rows, fixtureRegions);

  it('groups the rows by date and place, in date order', () => {
    expect(attacks.map((a) => a.key)).toEqual(['2024-12-20|Karey Goussou', '2025-05-25|Eknewane']);
    expect(attacks.map((a) => a.rows.length)).toEqual([2, 3]);
    expect(attacks[0]!.areaName).toBe('Tillabéri');
  });

  it('states a figure said twice once, with both rows, and leaves out rows without a number', () => {
    const eknewane = attacks[1]!;
    expect(eknewane.figures).toHaveLength(1);
    expect(eknewane.figures[0]!.rows.map((r) => r.locator)).toEqual(['§6.4', 'Samenvatting']);
  });

  it('names as attacker the first actor that is not the army answering the attack', () => {
    expect(attacks[0]!.attacker).toBe('probably ISSP');
  });
});

describe('disputedAttacks(rows, regions)', () => {
  it('keeps only attacks with figures from two or more kinds of reporter', () => {
    const rows = [
      incidentRow({ date: '2025-01-01', place: 'A', deaths_min: 3, deaths_max: 3, killed: 'soldiers', deaths_by: 'official' }),
      incidentRow({ date: '2025-01-01', place: 'A', deaths_min: 5, deaths_max: 5, killed: 'civilians', deaths_by: 'official', target: 'civilians' }),
      incidentRow({ date: '2025-02-01', place: 'B', deaths_min: 3, deaths_max: 3, killed: 'soldiers', deaths_by: 'official' }),
      incidentRow({ date: '2025-02-01', place: 'B', deaths_max: 9, qualifier: 'up to', killed: 'soldiers', deaths_by: 'claimed_by_perpetrator' }),
    ];
    expect(disputedAttacks(rows, fixtureRegions).map((a) => a.place)).toEqual(['B']);
  });

  it('finds in the real data exactly the attacks data/incidents.csv gives figures from two kinds of reporter for', () => {
    const reporters = new Map<string, Set<string>>();
    for (const r of csvRows('incidents.csv')) {
      if (r.deaths_min === '' && r.deaths_max === '') continue;
      const key = `${r.date}|${r.place}`;
      reporters.set(key, (reporters.get(key) ?? new Set()).add(r.deaths_by!));
    }
    const expected = [...reporters].filter(([, by]) => by.size >= 2).map(([key]) => key).sort();
    const attacks = disputedAttacks(incidents, regions);
    const keys = attacks.map((a) => a.key);
    expect([...keys].sort()).toEqual(expected);
    const dates = attacks.map((a) => a.date);
    expect(dates).toEqual([...dates].sort());
    expect(keys.length).toBeGreaterThanOrEqual(2);
  });
});

describe('officialOwnLossesAlwaysLowest(attacks)', () => {
  const attack = (official: number, other: number) =>
    attacksFrom(
      [
        incidentRow({ date: '2025-01-01', place: 'A', deaths_min: official, deaths_max: official, killed: 'soldiers', deaths_by: 'official' }),
        incidentRow({ date: '2025-01-01', place: 'A', deaths_min: other, deaths_max: other, killed: 'soldiers', deaths_by: 'claimed_by_perpetrator' }),
      ],
      fixtureRegions,
    );

  it('is true when the government’s toll for its own troops is below every other, false otherwise', () => {
    expect(officialOwnLossesAlwaysLowest(attack(4, 15))).toBe(true);
    expect(officialOwnLossesAlwaysLowest(attack(20, 15))).toBe(false);
  });
});
