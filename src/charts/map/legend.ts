import type { Lang } from '../../i18n/lang.ts';
import type { UiStrings } from '../../i18n/strings.ts';
import { fill } from '../../i18n/fill.ts';
import { formatNumber } from '../../lib/format.ts';
import type { LegendItem } from '../legend.ts';
import type { ClassedMetric } from './metrics.ts';

/** The legend's words, from the dictionaries. */
export interface MapLegendWords {
  noData: string;
  regionalCapital: string;
  /** "Circle area is proportional to the number." */
  circleNote: string;
  /** The small-count rule, with `{n}` for the minimum. */
  tooFew: string;
  noFigureBefore: string;
}

/** The hatch of "too few to compare", drawn out so the key needs no pattern of its own. */
export const HATCH_MARK = '<rect width="14" height="10" rx="2" class="hatch-bg"/><path class="hatch-line" d="M0 6L6 0M0 12L12 0M6 12L14 4"/>';

/** A circle as the map draws one, for the key in exported images. */
export const CIRCLE_MARK = '<circle class="map-circle" cx="7" cy="8" r="6"/>';

export interface MapLegend {
  /** Metric, unit and period: "Number of incidents, 1 September 2024 – 30 May 2025". */
  title: string;
  items: LegendItem[];
}

function signed(n: number, lang: Lang): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatNumber(Math.abs(n), lang)}%`;
}

/**
 * The map legend of one metric. Circles get a note on what their area means (the circle key
 * with its values is drawn on the map); shades get a swatch per class, the small-count rule
 * for changes, "no figure" and the regional capitals' dot.
 */
export function mapLegend(metric: ClassedMetric, words: MapLegendWords, lang: Lang): MapLegend {
  const capital: LegendItem = { swatch: 'dot', label: words.regionalCapital };
  if (metric.encoding === 'circles') return { title: metric.legendTitle[lang], items: [{ swatch: 'circle', label: words.circleNote, mark: CIRCLE_MARK }, capital] };
  const th = metric.classes.thresholds;
  const fmt = (n: number) => (metric.diverging ? signed(n, lang) : formatNumber(n, lang));
  const prefix = metric.diverging ? 'd' : 'q';
  const classes = Array.from({ length: metric.classes.count }, (_, i) => {
    if (i === 0) return `< ${fmt(th[0]!)}`;
    if (i === th.length) return `≥ ${fmt(th[th.length - 1]!)}`;
    return `${fmt(th[i - 1]!)} – ${fmt(th[i]!)}`;
  });
  const rule: LegendItem[] = metric.minimumBefore === undefined ? [] : [{ swatch: 'too-few', label: fill(words.tooFew, { n: formatNumber(metric.minimumBefore, lang) }), mark: HATCH_MARK }];
  return {
    title: metric.legendTitle[lang],
    items: [
      ...classes.map((label, i) => ({ swatch: `${prefix}${i}`, label })),
      ...rule,
      { swatch: 'q-none', label: metric.minimumBefore === undefined ? words.noData : words.noFigureBefore },
      capital,
    ],
  };
}

/** The legend's words from a dictionary. */
export function mapLegendWords(d: UiStrings): MapLegendWords {
  const w = d.charts.map;
  return { noData: d.noData, regionalCapital: w.regionalCapital, circleNote: w.circleNote, tooFew: w.tooFew, noFigureBefore: w.noFigureBefore };
}
