import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { acledRegionMetrics } from '../../../src/charts/map/acled-metrics.ts';
import { regionMapTable } from '../../../src/charts/map/table.ts';
import { tableToCsv } from '../../../src/charts/table-model.ts';
import { acledNiger, regions } from '../../../src/data/select.ts';
import { csvRows, num } from '../../helpers/csv-rows.ts';

describe('regionMapTable(regions, metrics)', () => {
  const metrics = acledRegionMetrics(acledNiger, regions);
  const table = regionMapTable(regions, metrics);
  const rows = Papa.parse<Record<string, string>>(tableToCsv(table), { header: true, skipEmptyLines: true }).data;

  it('has one row per region of data/regions.csv with its population; the CSV round-trips', () => {
    expect(rows.map((r) => [r.code, r.region, num(r.population_2023)])).toEqual(csvRows('regions.csv').map((r) => [r.code, r.name, num(r.population)]));
  });

  it('has a numeric column per metric holding each region’s value', () => {
    for (const m of metrics) {
      const key = m.id.replace(/-/g, '_');
      expect(table.columns.find((c) => c.key === key)?.numeric, key).toBe(true);
      for (const r of rows) expect(num(r[key]), `${key} ${r.code}`).toBe(m.values[r.code as keyof typeof m.values].value);
    }
  });

  it('cites every source and locator behind a row, the region’s population row among them', () => {
    for (const r of rows) {
      const region = csvRows('regions.csv').find((x) => x.code === r.code)!;
      expect(r.locator!.split('; '), r.code).toContain(region.locator);
      expect(r.source_id!.split('; '), r.code).toContain(region.source_id);
    }
  });

  it('marks derived metrics in the column label, in both languages', () => {
    const derived = table.columns.find((c) => c.key === 'fatalities_per_100k')!;
    expect(derived.label.en).toMatch(/\(derived\)$/);
    expect(derived.label.nl).toMatch(/\(afgeleid\)$/);
  });
});
