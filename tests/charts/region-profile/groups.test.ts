import { describe, expect, it } from 'vitest';
import { groupLabel, regionGroups } from '../../../src/charts/region-profile/groups.ts';
import { armedGroups } from '../../../src/data/select.ts';
import { csvRows } from '../../helpers/csv-rows.ts';
import { armedGroupRow } from '../../helpers/rows.ts';

describe('regionGroups(armedGroups, code)', () => {
  it('keeps the groups active in the region, with the departments named there, once each', () => {
    const groups = [
      armedGroupRow({ group: 'ISSP', active_in: 'NE-6; NE-6/Téra; NE-5/Tillia; NE-6/Téra; NE-6/Ayorou' }),
      armedGroupRow({ group: 'JAS', active_in: 'NE-2; NE-2/Bosso' }),
      armedGroupRow({ group: 'Region only', active_in: 'NE-6' }),
      armedGroupRow({ group: 'FPL', active_in: null }),
    ];
    expect(regionGroups(groups, 'NE-6').map((g) => [g.group.group, g.departments])).toEqual([
      ['ISSP', ['Téra', 'Ayorou']],
      ['Region only', []],
    ]);
  });

  it('does not take a region for another whose code starts the same', () => {
    expect(regionGroups([armedGroupRow({ active_in: 'NE-60/X' })], 'NE-6')).toEqual([]);
  });

  it('finds in the real data every group data/armed-groups.csv names in the region', () => {
    for (const code of ['NE-6', 'NE-2', 'NE-1'] as const) {
      const expected = csvRows('armed-groups.csv').filter((r) => r.active_in!.split(';').some((s) => s.trim().split('/')[0] === code)).map((r) => r.group);
      expect(regionGroups(armedGroups, code).map((g) => g.group.group).sort(), code).toEqual(expected.sort());
    }
  });
});

describe('groupLabel(group, lang)', () => {
  it('names groups by the glossary in the page’s language, and unknown names as the data does', () => {
    expect(groupLabel('bandits / criminal gangs', 'nl')).toBe('Bandieten en criminele bendes');
    expect(groupLabel('self-defence militias', 'en')).toBe('Self-defence militias');
    expect(groupLabel('ISSP', 'nl')).toBe('ISSP');
    expect(groupLabel('ISSP', 'fr')).toBe('EIS');
    expect(groupLabel('JNIM', 'fr')).toBe('GSIM');
    expect(groupLabel('a group nobody named', 'fr')).toBe('a group nobody named');
  });
});
