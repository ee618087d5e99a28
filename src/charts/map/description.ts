import { CURRENT } from '../../data/query.ts';
import type { Region, RegionCode } from '../../data/types.ts';
import { fill } from '../../i18n/fill.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { UiStrings } from '../../i18n/strings.ts';
import { formatNumber, formatPeriod } from '../../lib/format.ts';
import type { ClassedMetric } from './metrics.ts';
import { regionValueText } from './region-text.ts';
import { labelledText } from '../../i18n/punctuation.ts';

/**
 * The map's text alternative for one metric: the point first (the leading region and the
 * next, or the largest change and the regions too small to compare), then what the map
 * shows, then a pointer to the table. The table has every value; where it shows only a dash,
 * the alternative says why (no figure a year earlier), as the table cannot.
 */
export function mapDescription(metric: ClassedMetric, regions: readonly Region[], words: UiStrings, lang: Lang): string {
  const w = words.charts.map;
  const name = (code: RegionCode) => regions.find((r) => r.code === code)?.name ?? code;
  const ranked = (Object.keys(metric.values) as RegionCode[])
    .filter((c) => metric.values[c].value !== null && !metric.values[c].tooFew)
    .sort((a, b) => (metric.diverging ? Math.abs(metric.values[b].value!) - Math.abs(metric.values[a].value!) : metric.values[b].value! - metric.values[a].value!));
  const text = (c: RegionCode) => regionValueText(metric, c, words, lang);
  const [top, second] = ranked;
  const point: string[] = [];
  if (top && metric.diverging) point.push(fill(w.pointChange, { region: name(top), value: text(top) }));
  else if (top) point.push(fill(w.pointFirst, { region: name(top), value: text(top), period: formatPeriod(CURRENT.start, CURRENT.end, lang), second: second ? name(second) : '–', secondValue: second ? text(second) : '–' }));
  const tooFew = (Object.keys(metric.values) as RegionCode[]).filter((c) => metric.values[c].tooFew);
  if (metric.minimumBefore !== undefined && tooFew.length > 0) point.push(fill(w.pointTooFew, { n: formatNumber(metric.minimumBefore, lang), regions: tooFew.map(name).join(', ') }));
  const how = metric.encoding === 'circles' ? fill(w.howCircles, { unit: metric.unit[lang].many }) : fill(w.howShades, { metric: metric.label[lang].toLowerCase() });
  const missing = new Map<string, string[]>();
  for (const r of regions) if (metric.values[r.code].value === null && !(metric.values[r.code].tooFew && metric.minimumBefore !== undefined)) missing.set(text(r.code), [...(missing.get(text(r.code)) ?? []), r.name]);
  const why = [...missing].map(([reason, names]) => `${labelledText(names.join(', '), reason, lang)}.`);
  return [...point, fill(w.summary, { how }), ...why, words.charts.valuesInTable].join(' ');
}
