import { describe, expect, it } from 'vitest';
import { classify, type MapMetric, type RegionValue } from '../../../src/charts/map/metrics.ts';
import { REGION_CODES, type RegionCode } from '../../../src/data/types.ts';

function metric(values: (number | null)[], diverging = false): MapMetric {
  const entries = REGION_CODES.map((code, i): [RegionCode, RegionValue] => [code, { value: values[i] ?? null, from: [] }]);
  return { id: 'test', label: { nl: 'Test', en: 'Test', fr: 'Test' }, unit: { nl: { one: '', many: '' }, en: { one: '', many: '' }, fr: { one: '', many: '' } }, legendTitle: { nl: 'Test', en: 'Test', fr: 'Test' }, derived: false, encoding: 'choropleth', values: Object.fromEntries(entries) as Record<RegionCode, RegionValue>, diverging };
}

describe('classify(metric)', () => {
  it('gives a higher value the same or a higher class, and no class to a region without a figure', () => {
    const values = [15, 32, 35, 18, 18, 149, null, 2];
    const c = classify(metric(values));
    const ranked = REGION_CODES.filter((_, i) => values[i] !== null).sort((a, b) => metric(values).values[a].value! - metric(values).values[b].value!);
    const classes = ranked.map((code) => c.classByRegion[code]!);
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
    expect(c.classByRegion['NE-6']).toBe(c.classes.count - 1);
    expect(c.classByRegion['NE-7']).toBeNull();
    expect(new Set(classes).size).toBeGreaterThanOrEqual(3);
  });

  it('puts falls and rises on either side of the middle class for a signed metric', () => {
    const c = classify(metric([-50, 0, 169, null, null, null, null, null], true));
    const middle = Math.floor(c.classes.count / 2);
    expect(c.classByRegion['NE-1']!).toBeLessThan(middle);
    expect(c.classByRegion['NE-2']).toBe(middle);
    expect(c.classByRegion['NE-3']!).toBeGreaterThan(middle);
  });

  it('keeps the metric’s values and words', () => {
    const m = metric([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(classify(m)).toMatchObject({ id: 'test', values: m.values, label: m.label });
  });
});
