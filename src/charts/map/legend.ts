import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../../lib/format.ts';
import type { LegendItem } from '../legend.ts';
import type { ClassedMetric } from './metrics.ts';

/** The legend's words: "no figure" and the regional capitals' dot. */
export interface MapLegendWords {
  noData: string;
  regionalCapital: string;
}

/** The map legend of one metric: a swatch per class, "no figure" and the regional capitals' dot. */
export function mapLegendItems(metric: ClassedMetric, words: MapLegendWords, lang: Lang): LegendItem[] {
  const th = metric.classes.thresholds;
  const fmt = (n: number) => (metric.diverging ? `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatNumber(Math.abs(n), lang)}%` : formatNumber(n, lang));
  const prefix = metric.diverging ? 'd' : 'q';
  const classes = Array.from({ length: metric.classes.count }, (_, i) => {
    if (i === 0) return `< ${fmt(th[0]!)}`;
    if (i === th.length) return `≥ ${fmt(th[th.length - 1]!)}`;
    return `${fmt(th[i - 1]!)} – ${fmt(th[i]!)}`;
  });
  return [
    ...classes.map((label, i) => ({ swatch: `${prefix}${i}`, label })),
    { swatch: 'q-none', label: words.noData },
    { swatch: 'dot', label: words.regionalCapital },
  ];
}
