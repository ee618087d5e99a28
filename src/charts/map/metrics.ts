import { scaleSqrt } from 'd3-scale';
import type { CountNoun } from '../../i18n/count-noun.ts';
import type { Provenance, RegionCode } from '../../data/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { choroplethClasses, divergingClasses, oneTwoFive, type Classes } from '../scales.ts';

/** One value per region, with the rows it comes from. */
export interface RegionValue {
  value: number | null;
  from: Provenance[];
  /** A change whose year-before count is below the stated minimum: shown hatched, never as a percentage. */
  tooFew?: boolean;
}

/**
 * Counts go on proportional circles over a neutral base, so a large empty region does not
 * outweigh a small violent one; rates and changes are shares, which suit shades.
 */
export type MapEncoding = 'circles' | 'choropleth';

export interface MapMetric {
  id: string;
  label: Record<Lang, string>;
  /** Unit after the number in tooltips, by count: "1 incident", "149 incidents". */
  unit: Record<Lang, CountNoun>;
  /** The legend's heading: metric, unit and period, from the dictionaries. */
  legendTitle: Record<Lang, string>;
  derived: boolean;
  encoding: MapEncoding;
  values: Record<RegionCode, RegionValue>;
  /** Signed metrics (change) get classes around zero. */
  diverging?: boolean;
  /** The small-count rule, for changes: the year-before count a region needs to be compared. */
  minimumBefore?: number;
}

export interface ClassedMetric extends MapMetric {
  classes: Classes;
  classByRegion: Record<RegionCode, number | null>;
  /** The largest value, which gets the largest circle (circles only). */
  maxValue: number;
}

export function classify(metric: MapMetric): ClassedMetric {
  const entries = Object.entries(metric.values) as [RegionCode, RegionValue][];
  const shown = entries.map(([, v]) => (v.tooFew ? null : v.value));
  const classes = metric.diverging ? divergingClasses() : choroplethClasses(shown);
  const classByRegion = Object.fromEntries(entries.map(([code, v]) => [code, v.tooFew ? null : classes.classOf(v.value)])) as Record<RegionCode, number | null>;
  const maxValue = Math.max(0, ...shown.filter((v): v is number => v !== null));
  return { ...metric, classes, classByRegion, maxValue };
}

/** The CSS class of a region's shape: a neutral base under circles, else its shade, "too few" or "no figure". */
export function regionClass(metric: ClassedMetric, code: RegionCode): string {
  if (metric.encoding === 'circles') return 'base';
  if (metric.values[code].tooFew) return 'too-few';
  const n = metric.classByRegion[code];
  return n === null ? 'q-none' : `${metric.diverging ? 'd' : 'q'}${n}`;
}

/** Circle radius for a value: area proportional to the value, the largest value at `maxRadius`. */
export function circleRadius(metric: ClassedMetric, value: number | null, maxRadius: number): number {
  if (metric.encoding !== 'circles' || value === null || metric.maxValue <= 0) return 0;
  return scaleSqrt().domain([0, metric.maxValue]).range([0, maxRadius])(value);
}

/** The largest number of the 1–2–5 series that is not above `n`. */
function niceFloor(n: number): number {
  return oneTwoFive(n).filter((t) => t <= n).pop() ?? 1;
}

/** Values for the circle key: a round number near the largest value, and two smaller ones. */
export function circleKeyValues(maxValue: number): number[] {
  if (maxValue <= 0) return [];
  const keys = [niceFloor(maxValue), niceFloor(maxValue / 5), niceFloor(maxValue / 25)];
  return [...new Set(keys)].filter((k) => k > 0 && k <= maxValue);
}
