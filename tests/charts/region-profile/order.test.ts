import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_ORDER } from '../../../src/charts/region-profile/order.ts';
import { csvFirst, csvRows } from '../../helpers/csv-rows.ts';

const fileName = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('PROFILE_ORDER', () => {
  it('lists every region of data/regions.csv once, Tillabéri (§6.1) first', () => {
    expect([...PROFILE_ORDER].sort()).toEqual(csvRows('regions.csv').map((r) => r.code).sort());
    expect(PROFILE_ORDER[0]).toBe('NE-6');
  });

  it('has a profile in both languages for each region', () => {
    for (const code of PROFILE_ORDER) {
      const name = fileName(csvFirst('regions.csv', { code }).name!);
      for (const lang of ['nl', 'en']) expect(existsSync(resolve(import.meta.dirname, `../../../src/content/regions/${lang}/${name}.mdoc`)), `${lang}/${name}`).toBe(true);
    }
  });
});
