import { describe, expect, it } from 'vitest';
import { acledNiger, neighbourTopology, places, regions, regionTopology } from '../../../src/data/index.ts';
import { worldTopology } from '../../../src/data/world.ts';
import { CURRENT, firstAcled, PREVIOUS } from '../../../src/data/query.ts';
import type { RegionCode } from '../../../src/data/types.ts';
import { acledRegionMetrics, changeOrTooFew, MIN_INCIDENTS_BEFORE } from '../../../src/charts/map/acled-metrics.ts';
import { circleKey, regionCircles } from '../../../src/charts/map/circles.ts';
import { buildMapGeometry } from '../../../src/charts/map/geometry.ts';
import { mapLegend, mapLegendWords } from '../../../src/charts/map/legend.ts';
import { buildLocatorInset } from '../../../src/charts/map/locator.ts';
import { circleKeyValues, circleRadius, classify, regionClass, type ClassedMetric } from '../../../src/charts/map/metrics.ts';
import { LANGS, ui } from '../../../src/i18n/index.ts';
import { formatNumber, formatPeriod } from '../../../src/lib/format.ts';

const metrics = acledRegionMetrics(acledNiger, regions).map(classify);
const byId = (id: string) => metrics.find((m) => m.id === id)!;
const geometry = buildMapGeometry(regionTopology, neighbourTopology, places, { width: 800, height: 620 });
const row = { source_id: 'test', locator: '§0' };

describe('map encoding: counts as circles, rates and changes as shades', () => {
  it('draws incidents and deaths as circles over a neutral base, rates and change as classes', () => {
    for (const id of ['incidents', 'fatalities']) {
      expect(byId(id).encoding).toBe('circles');
      for (const r of regions) expect(regionClass(byId(id), r.code)).toBe('base');
    }
    for (const id of ['fatalities-per-100k', 'incidents-change']) {
      const m = byId(id);
      expect(m.encoding).toBe('choropleth');
      const classes = regions.map((r) => regionClass(m, r.code));
      expect(classes.every((c) => /^(q\d|d\d|q-none|too-few)$/.test(c))).toBe(true);
      expect(new Set(classes).size).toBeGreaterThan(1);
    }
  });

  it('gives each circle an area proportional to its value, the largest at the maximum radius', () => {
    for (const id of ['incidents', 'fatalities']) {
      const m = byId(id);
      const circles = regionCircles(geometry.regions, metrics, 40);
      const pairs = circles.map((c) => ({ value: m.values[c.code].value!, r: c.r[id]! })).filter((p) => p.value > 0);
      expect(pairs.length).toBe(8);
      const ratios = pairs.map((p) => (p.r * p.r) / p.value);
      // Radii are rounded to 0.1 px: the ratio holds to within that rounding.
      for (const [i, ratio] of ratios.entries()) expect(Math.abs(ratio - ratios[0]!) / ratios[0]!).toBeLessThan(0.2 / Math.max(1, pairs[i]!.r) + 0.02);
      expect(Math.max(...pairs.map((p) => p.r))).toBeCloseTo(40, 5);
      // Exactly, before rounding: doubling the value doubles the area.
      expect(circleRadius(m, 2 * 10, 40) ** 2 / circleRadius(m, 10, 40) ** 2).toBeCloseTo(2, 10);
      expect(circleRadius(m, null, 40)).toBe(0);
    }
    // Rates and changes get no circle.
    expect(circleRadius(byId('fatalities-per-100k'), 10, 40)).toBe(0);
  });

  it('keys circles with round values on the map’s own scale', () => {
    expect(circleKeyValues(149)).toEqual([100, 20, 5]);
    expect(circleKeyValues(603)).toEqual([500, 100, 20]);
    const key = circleKey(byId('incidents'), 40);
    const hundred = key.circles.find((c) => c.value === 100)!;
    expect(hundred.r).toBeCloseTo(circleRadius(byId('incidents'), 100, 40), 1);
    // Nested on one baseline: every circle's bottom is the key's bottom.
    for (const c of key.circles) expect(c.cy + c.r).toBeCloseTo(key.height, 0);
  });
});

describe('the small-count rule for changes', () => {
  const now = (value: number) => ({ value, from: [row] });
  it(`compares only regions with at least ${MIN_INCIDENTS_BEFORE} incidents a year earlier`, () => {
    expect(changeOrTooFew(now(2), now(1), 10)).toMatchObject({ value: null, tooFew: true });
    expect(changeOrTooFew(now(20), now(9), 10)).toMatchObject({ value: null, tooFew: true });
    expect(changeOrTooFew(now(20), now(10), 10)).toMatchObject({ value: 100 });
    expect(changeOrTooFew(now(20), now(10), 10).tooFew).toBeUndefined();
    expect(changeOrTooFew(now(20), { value: null, from: [] }, 10)).toEqual({ value: null, from: [] });
  });

  it('shows a region under the minimum hatched ("too few"), not as a class or as "no figure"', () => {
    const change = byId('incidents-change');
    const values = { ...change.values, 'NE-7': changeOrTooFew(now(6), now(3), MIN_INCIDENTS_BEFORE) } as Record<RegionCode, ClassedMetric['values'][RegionCode]>;
    const m = classify({ ...change, values });
    expect(regionClass(m, 'NE-7')).toBe('too-few');
    expect(m.classByRegion['NE-7']).toBeNull();
  });

  it('applies the rule to the data: Tillabéri, Dosso and Diffa have a year-before count and are compared', () => {
    const change = byId('incidents-change');
    for (const code of ['NE-6', 'NE-3', 'NE-2'] as const) {
      const before = firstAcled(acledNiger, { period: PREVIOUS, area: code }, 'incidents')!;
      expect(before.incidents).toBeGreaterThanOrEqual(MIN_INCIDENTS_BEFORE);
      expect(change.values[code].value).not.toBeNull();
    }
  });
});

describe('map legends', () => {
  for (const lang of LANGS) {
    const words = mapLegendWords(ui(lang));
    const period = formatPeriod(CURRENT.start, CURRENT.end, lang);
    it(`state the metric, its unit and the period (${lang})`, () => {
      for (const m of metrics) {
        const legend = mapLegend(m, words, lang);
        expect(legend.title).toContain(period);
        expect(legend.title.toLowerCase()).toContain(m.encoding === 'circles' ? m.unit[lang].many : m.label[lang].split(' ')[0]!.toLowerCase());
        if (m.derived) expect(legend.title).toContain(ui(lang).derived);
        const all = [legend.title, ...legend.items.map((i) => i.label)].join(' ');
        expect(all).not.toMatch(/choose|kies/i);
      }
      expect(mapLegend(byId('incidents-change'), words, lang).title).toContain(formatPeriod(PREVIOUS.start, PREVIOUS.end, lang));
      expect(mapLegend(byId('fatalities-per-100k'), words, lang).title).toContain(formatNumber(100000, lang));
    });

    it(`states the small-count rule with its minimum, as a hatched key (${lang})`, () => {
      const items = mapLegend(byId('incidents-change'), words, lang).items;
      const rule = items.find((i) => i.swatch === 'too-few')!;
      expect(rule.label).toContain(String(MIN_INCIDENTS_BEFORE));
      expect(rule.mark).toMatch(/hatch-line/);
      expect(mapLegend(byId('incidents'), words, lang).items.some((i) => i.swatch === 'too-few')).toBe(false);
      expect(mapLegend(byId('incidents'), words, lang).items.map((i) => i.label)).toContain(words.circleNote);
    });
  }
});

describe('locator inset', () => {
  it('draws Niger and its neighbours inside the inset, Niger in the middle third', () => {
    const inset = buildLocatorInset(worldTopology, { width: 168, height: 120 });
    expect(inset.niger).toMatch(/^M/);
    expect(inset.land).toMatch(/^M/);
    expect(inset.borders).toMatch(/^M/);
    const numbers = (inset.niger.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    expect(cx).toBeGreaterThan(168 / 3);
    expect(cx).toBeLessThan((2 * 168) / 3);
    expect(cy).toBeGreaterThan(0);
    expect(cy).toBeLessThan(120);
    // Prerendered light: whole pixels, a few kilobytes at most.
    const all = inset.land + inset.borders + inset.niger;
    expect(all).not.toMatch(/\d\.\d/);
    expect(all).not.toMatch(/L(\d+),(\d+)L\1,\2(?!\d)/);
    expect(all.length).toBeLessThan(5000);
  });
});
