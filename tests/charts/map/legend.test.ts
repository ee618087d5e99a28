import { describe, expect, it } from 'vitest';
import { mapLegendItems } from '../../../src/charts/map/legend.ts';
import type { ClassedMetric } from '../../../src/charts/map/metrics.ts';
import { choroplethClasses, divergingClasses } from '../../../src/charts/scales.ts';

const words = { noData: 'no figure', regionalCapital: 'regional capital' };
const metric = (classes: ClassedMetric['classes'], diverging = false) => ({ classes, diverging }) as ClassedMetric;

describe('mapLegendItems(metric, words, lang)', () => {
  it('has a swatch per class, from below the first threshold to above the last, then “no figure” and the capitals’ dot', () => {
    const items = mapLegendItems(metric({ thresholds: [10, 20, 50, 100], classOf: () => null, count: 5 }), words, 'en');
    expect(items).toEqual([
      { swatch: 'q0', label: '< 10' },
      { swatch: 'q1', label: '10 – 20' },
      { swatch: 'q2', label: '20 – 50' },
      { swatch: 'q3', label: '50 – 100' },
      { swatch: 'q4', label: '≥ 100' },
      { swatch: 'q-none', label: 'no figure' },
      { swatch: 'dot', label: 'regional capital' },
    ]);
  });

  it('writes numbers in the page’s format', () => {
    const items = mapLegendItems(metric({ thresholds: [1000, 2000], classOf: () => null, count: 3 }), words, 'nl');
    expect(items[1]!.label).toBe('1.000 – 2.000');
  });

  it('signs the classes of a change in percent and uses the diverging swatches', () => {
    const items = mapLegendItems(metric(divergingClasses([-40, -10, 10, 100]), true), words, 'en');
    expect(items.slice(0, 5)).toEqual([
      { swatch: 'd0', label: '< −40%' },
      { swatch: 'd1', label: '−40% – −10%' },
      { swatch: 'd2', label: '−10% – +10%' },
      { swatch: 'd3', label: '+10% – +100%' },
      { swatch: 'd4', label: '≥ +100%' },
    ]);
  });

  it('matches the classes the map paints: one item per class', () => {
    const classes = choroplethClasses([1, 2, 15, 18, 32, 35, 149]);
    expect(mapLegendItems(metric(classes), words, 'en').filter((i) => /^q\d$/.test(i.swatch))).toHaveLength(classes.count);
  });
});
