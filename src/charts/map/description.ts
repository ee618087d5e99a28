import { CURRENT } from '../../data/query.ts';
import type { Region, RegionCode } from '../../data/types.ts';
import { fill } from '../../i18n/fill.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { UiStrings } from '../../i18n/strings.ts';
import { formatNumber, formatPeriod } from '../../lib/format.ts';
import type { ClassedMetric } from './metrics.ts';
import { regionNumber, regionValueText } from './region-text.ts';

/**
 * The map's text alternative for one metric: the point first (the leading region and the
 * next, or the largest change and the regions too small to compare), then every value.
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
  const how = metric.encoding === 'circles' ? fill(w.howCircles, { unit: metric.unit[lang] }) : fill(w.howShades, { metric: metric.label[lang].toLowerCase() });
  const order = metric.diverging ? [...ranked].sort((a, b) => metric.values[b].value! - metric.values[a].value!) : ranked;
  const rest = regions.map((r) => r.code).filter((c) => !order.includes(c));
  const values = [...order, ...rest].map((c) => `${name(c)} ${regionNumber(metric, c, words, lang)}`).join(', ');
  return `${point.join(' ')} ${fill(w.summary, { how, values, unit: metric.unit[lang] })}`;
}
