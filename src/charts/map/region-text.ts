import type { RegionCode } from '../../data/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { UiStrings } from '../../i18n/strings.ts';
import { countNoun } from '../../i18n/count-noun.ts';
import { formatNumber } from '../../lib/format.ts';
import type { MapMetric } from './metrics.ts';

/** A region's value of one metric in words: "149 incidents", "+37 % change", or why there is none. */
export function regionValueText(metric: MapMetric, code: RegionCode, words: UiStrings, lang: Lang): string {
  const v = metric.values[code];
  if (v.tooFew) return words.charts.map.tooFewValue;
  if (v.value === null) return metric.minimumBefore === undefined ? words.noData : words.charts.map.noFigureBefore;
  const sign = metric.diverging && v.value > 0 ? '+' : metric.diverging && v.value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(v.value), lang)} ${countNoun(Math.abs(v.value), metric.unit[lang], lang)}`;
}
