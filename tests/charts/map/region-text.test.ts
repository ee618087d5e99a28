import { describe, expect, it } from 'vitest';
import type { MapMetric, RegionValue } from '../../../src/charts/map/metrics.ts';
import { regionValueText } from '../../../src/charts/map/region-text.ts';
import { REGION_CODES, type RegionCode } from '../../../src/data/types.ts';
import { ui } from '../../../src/i18n/index.ts';

/** An incident count for the first two regions: one, then many. */
function incidents(): MapMetric {
  const values = [1, 149];
  const entries = REGION_CODES.map((code, i): [RegionCode, RegionValue] => [code, { value: values[i] ?? null, from: [] }]);
  const unit = { nl: ui('nl').charts.map.metrics.incidents.unit, en: ui('en').charts.map.metrics.incidents.unit, fr: ui('fr').charts.map.metrics.incidents.unit };
  return { id: 'incidents', label: { nl: 'Incidenten', en: 'Incidents', fr: 'Incidents' }, unit, legendTitle: { nl: '', en: '', fr: '' }, derived: false, encoding: 'circles', values: Object.fromEntries(entries) as Record<RegionCode, RegionValue> };
}

describe('regionValueText', () => {
  it('puts the unit in the form that goes with the number', () => {
    const [one, many] = REGION_CODES;
    expect(regionValueText(incidents(), one!, ui('en'), 'en')).toBe('1 incident');
    expect(regionValueText(incidents(), many!, ui('en'), 'en')).toBe('149 incidents');
    expect(regionValueText(incidents(), one!, ui('nl'), 'nl')).toBe('1 incident');
    expect(regionValueText(incidents(), many!, ui('nl'), 'nl')).toBe('149 incidenten');
  });
});
