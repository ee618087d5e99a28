import { describe, expect, it } from 'vitest';
import { regionDisplacement, unallocatedIdps } from '../../../src/charts/region-profile/displacement.ts';
import { displacement } from '../../../src/data/select.ts';
import { csvFirst, csvWhere, num } from '../../helpers/csv-rows.ts';

describe('regionDisplacement(displacement, code)', () => {
  it('gives a region’s displaced people as data/displacement.csv states them, or nothing', () => {
    const row = csvFirst('displacement.csv', { area: 'NE-6', population_group: 'idp' });
    expect(regionDisplacement(displacement, 'NE-6')).toMatchObject({ count: num(row.count), share_pct: num(row.share_pct), locator: row.locator });
    expect(csvWhere('displacement.csv', { area: 'NE-1' })).toEqual([]);
    expect(regionDisplacement(displacement, 'NE-1')).toBeNull();
  });
});

describe('unallocatedIdps(displacement)', () => {
  it('derives the displaced people the report places in no region, from the national row and every regional one', () => {
    const idps = csvWhere('displacement.csv', { population_group: 'idp' });
    const national = num(idps.find((r) => r.area === 'NE')!.count)!;
    const regional = idps.filter((r) => r.area !== 'NE');
    const result = unallocatedIdps(displacement)!;
    expect(result.value).toBe(national - regional.reduce((s, r) => s + num(r.count)!, 0));
    expect(result.from).toHaveLength(regional.length + 1);
    expect(result.from[0]!.area).toBe('NE');
  });

  it('derives nothing without a national count', () => {
    expect(unallocatedIdps(displacement.filter((d) => d.area !== 'NE'))).toBeNull();
  });
});
