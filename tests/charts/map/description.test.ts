import { describe, expect, it } from 'vitest';
import { acledRegionMetrics } from '../../../src/charts/map/acled-metrics.ts';
import { mapDescription } from '../../../src/charts/map/description.ts';
import { classify } from '../../../src/charts/map/metrics.ts';
import { acledNiger, regions } from '../../../src/data/select.ts';
import { LANGS, ui } from '../../../src/i18n/index.ts';
import { formatNumber } from '../../../src/lib/format.ts';

const metrics = acledRegionMetrics(acledNiger, regions).map(classify);
const named = (text: string) => regions.filter((r) => text.includes(r.name)).map((r) => r.code);

describe('mapDescription(metric, regions, words, lang)', () => {
  for (const lang of LANGS)
    for (const metric of metrics.filter((m) => !m.diverging))
      it(`${metric.id}: names the first two regions and their values, no other region, then points to the table (${lang})`, () => {
        const text = mapDescription(metric, regions, ui(lang), lang);
        const ranked = regions.map((r) => r.code).sort((a, b) => metric.values[b].value! - metric.values[a].value!);
        expect(named(text).sort()).toEqual(ranked.slice(0, 2).sort());
        expect(text).toContain(formatNumber(metric.values[ranked[0]!].value!, lang));
        expect(text).not.toContain(`${regions.find((r) => r.code === ranked[2])!.name} ${formatNumber(metric.values[ranked[2]!].value!, lang)}`);
        expect(text.endsWith(ui(lang).charts.valuesInTable)).toBe(true);
      });

  it('says which regions have no figure a year earlier, which the table shows only as a dash', () => {
    const change = metrics.find((m) => m.diverging)!;
    const none = regions.filter((r) => change.values[r.code].value === null && !change.values[r.code].tooFew);
    expect(none.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const text = mapDescription(change, regions, ui(lang), lang);
      expect(text).toContain(`${none.map((r) => r.name).join(', ')}${ui(lang).colon}${ui(lang).charts.map.noFigureBefore}.`);
      // The regions with a change are not listed again after the point.
      const after = text.slice(text.indexOf(ui(lang).charts.map.pointChange.split(' ')[0]!) + 1);
      for (const r of regions.filter((r) => change.values[r.code].value !== null && r.code !== named(text.split('.')[0]!)[0]))
        expect(after).not.toContain(`${r.name} `);
    }
  });
});
