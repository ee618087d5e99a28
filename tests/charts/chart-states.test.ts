/** Chart states come from the toggles' own definitions: one list, no second hand-written one. */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalog.ts';
import { acledRegionMetrics } from '../../src/charts/map/acled-metrics.ts';
import { LANES } from '../../src/charts/timeline.ts';
import { violencePeriods } from '../../src/components/charts/models.ts';
import { allChartStates, chartStates, findState, queryString, stateTitle } from '../../src/components/charts/states.ts';
import { acledNiger, regions } from '../../src/data/select.ts';
import { LANGS } from '../../src/i18n/index.ts';

describe('chart states', () => {
  it('are the map metrics, the violence periods and both, the timeline with all actors or one lane', () => {
    expect(chartStates('region-map').map((s) => s.slug)).toEqual(acledRegionMetrics(acledNiger, regions).map((m) => m.id));
    expect(chartStates('violence-by-type').map((s) => s.slug)).toEqual(['all', ...violencePeriods('en').map((p) => p.id)]);
    expect(chartStates('partners-timeline').map((s) => s.slug)).toEqual(['all', ...LANES.map((l) => l.id)]);
    expect(chartStates('missions-personnel')).toEqual([{ chart: 'missions-personnel', slug: 'all', query: {}, label: null }]);
  });

  it('put the default first with no query, each other state in its URL parameter', () => {
    for (const chart of CHARTS) {
      const [first, ...rest] = chartStates(chart.id);
      expect(first!.query).toEqual({});
      for (const s of rest) expect(Object.values(s.query)).toEqual([s.slug]);
    }
    expect(queryString(findState('region-map', 'fatalities')!.query)).toBe('?m=fatalities');
    expect(queryString(findState('partners-timeline', 'france')!.query)).toBe('?a=france');
    expect(findState('region-map', 'nonsense')).toBeUndefined();
  });

  it('have unique slugs per chart and titles naming the state in both languages', () => {
    for (const chart of CHARTS) {
      const slugs = chartStates(chart.id).map((s) => s.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    for (const lang of LANGS) {
      for (const s of allChartStates()) {
        const title = stateTitle(s, lang);
        expect(title).toContain(CHARTS.find((c) => c.id === s.chart)!.title[lang]);
        if (s.label) expect(title).toContain(s.label(lang));
      }
    }
  });
});
