import { describe, expect, it } from 'vitest';
import { regionTotals } from '../../../src/charts/region-profile/totals.ts';
import { acledNiger, CURRENT, PREVIOUS, regions } from '../../../src/data/select.ts';
import { csvFirst, csvWhere, num } from '../../helpers/csv-rows.ts';
import { acledRow, regionRow } from '../../helpers/rows.ts';

/** A region's total for a period, as the first row of data/acled-niger.csv that states the measure. */
function csvTotal(area: string, period: { start: string; end: string }, measure: 'incidents' | 'fatalities') {
  const rows = csvWhere('acled-niger.csv', { period_start: period.start, period_end: period.end, area, department: '', event_type: 'all', sub_event_type: 'all', actor: 'all' });
  const row = rows.find((r) => r[measure] !== '')!;
  return { value: num(row[measure])!, locator: row.locator };
}

describe('regionTotals(acled, regions, code)', () => {
  it('takes Dosso’s incidents and deaths, now and a year before, from data/acled-niger.csv', () => {
    const t = regionTotals(acledNiger, regions, 'NE-3');
    expect([t.incidents!.value, t.incidents!.row.locator]).toEqual([csvTotal('NE-3', CURRENT, 'incidents').value, csvTotal('NE-3', CURRENT, 'incidents').locator]);
    expect(t.deaths!.value).toBe(csvTotal('NE-3', CURRENT, 'fatalities').value);
    expect(t.incidentsBefore!.value).toBe(csvTotal('NE-3', PREVIOUS, 'incidents').value);
    expect(t.deathsBefore!.value).toBe(csvTotal('NE-3', PREVIOUS, 'fatalities').value);
  });

  it('derives the change and the deaths per 100,000 from the rows and the population it names', () => {
    for (const code of ['NE-6', 'NE-2'] as const) {
      const t = regionTotals(acledNiger, regions, code);
      const now = csvTotal(code, CURRENT, 'incidents').value;
      const before = csvTotal(code, PREVIOUS, 'incidents').value;
      expect(t.incidentsChange!.value).toBeCloseTo(((now - before) / before) * 100, 1);
      const population = num(csvFirst('regions.csv', { code }).population)!;
      expect(t.population).toBe(population);
      expect(t.deathsPer100k!.value).toBeCloseTo((csvTotal(code, CURRENT, 'fatalities').value / population) * 100_000, 1);
      expect(t.deathsPer100k!.from).toContain(t.region);
    }
  });

  it('derives no change from a year with none, and no rate without a population', () => {
    const rows = [
      acledRow({ area: 'NE-6', incidents: 12, fatalities: 30 }),
      acledRow({ area: 'NE-6', incidents: 0, fatalities: 0, period_start: PREVIOUS.start, period_end: PREVIOUS.end }),
    ];
    const t = regionTotals(rows, [regionRow({ code: 'NE-6', population: null })], 'NE-6');
    expect(t.incidents!.value).toBe(12);
    expect(t.incidentsChange).toBeNull();
    expect(t.deathsPer100k).toBeNull();
  });

  it('leaves a measure empty when no row states it', () => {
    const t = regionTotals([acledRow({ area: 'NE-6', incidents: 12 })], [regionRow({ code: 'NE-6' })], 'NE-6');
    expect(t.deaths).toBeNull();
    expect(t.incidentsBefore).toBeNull();
    expect(t.deathsChange).toBeNull();
  });
});
