import { describe, expect, it } from 'vitest';
import { acledRegionMetrics } from '../../../src/charts/map/acled-metrics.ts';
import { acledNiger, CURRENT, PREVIOUS, regions } from '../../../src/data/select.ts';
import { REGION_CODES } from '../../../src/data/types.ts';
import { csvFirst, csvWhere, num } from '../../helpers/csv-rows.ts';

/** A region's total, as the first row of data/acled-niger.csv that states the measure. */
function csvTotal(area: string, period: { start: string; end: string }, measure: 'incidents' | 'fatalities'): number | null {
  const rows = csvWhere('acled-niger.csv', { period_start: period.start, period_end: period.end, area, department: '', event_type: 'all', sub_event_type: 'all', actor: 'all' });
  return num(rows.find((r) => r[measure] !== '')?.[measure]);
}

describe('acledRegionMetrics(acled, regions)', () => {
  const metrics = acledRegionMetrics(acledNiger, regions);
  const byId = (id: string) => metrics.find((m) => m.id === id)!;

  it('gives every region its incidents and deaths as data/acled-niger.csv states them, with the row they come from', () => {
    for (const code of REGION_CODES) {
      expect(byId('incidents').values[code].value, code).toBe(csvTotal(code, CURRENT, 'incidents'));
      expect(byId('fatalities').values[code].value, code).toBe(csvTotal(code, CURRENT, 'fatalities'));
      expect(byId('incidents').values[code].from[0]?.source_id, code).toBe('cgrs-coi-niger-2025');
    }
  });

  it('derives deaths per 100,000 and the change on a year earlier, marked as derived, citing every row used', () => {
    for (const code of REGION_CODES) {
      const population = num(csvFirst('regions.csv', { code }).population)!;
      const deaths = csvTotal(code, CURRENT, 'fatalities')!;
      expect(byId('fatalities-per-100k').values[code].value, code).toBeCloseTo((deaths / population) * 100_000, 1);
      const now = csvTotal(code, CURRENT, 'incidents')!;
      const before = csvTotal(code, PREVIOUS, 'incidents');
      const change = byId('incidents-change').values[code];
      if (before === null || before === 0) expect(change.value, code).toBeNull();
      else {
        expect(change.value, code).toBeCloseTo(((now - before) / before) * 100, 1);
        expect(change.from, code).toHaveLength(2);
      }
    }
    expect(metrics.map((m) => [m.id, m.derived])).toEqual([
      ['incidents', false],
      ['fatalities', false],
      ['fatalities-per-100k', true],
      ['incidents-change', true],
    ]);
  });

  it('labels each metric in both languages', () => {
    for (const m of metrics) {
      expect(m.label.nl, m.id).toBeTruthy();
      expect(m.label.en, m.id).toBeTruthy();
      expect(m.label.nl, m.id).not.toBe(m.label.en);
    }
  });
});
