import { describe, expect, it } from 'vitest';
import { groupLabel, regionGroups } from '../../../src/charts/region-profile/groups.ts';
import { armedGroups } from '../../../src/data/select.ts';
import { ui } from '../../../src/i18n/index.ts';
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

describe('groupLabel(group, words)', () => {
  it('names described groups in the page’s language, and the others as the data does', () => {
    expect(groupLabel('bandits / criminal gangs', ui('nl').charts.regionProfile)).toBe('Bandieten en criminele bendes');
    expect(groupLabel('self-defence militias', ui('en').charts.regionProfile)).toBe('Self-defence militias');
    expect(groupLabel('ISSP', ui('nl').charts.regionProfile)).toBe('ISSP');
  });
});
