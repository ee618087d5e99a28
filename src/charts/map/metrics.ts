import type { Provenance, RegionCode } from '../../data/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { choroplethClasses, divergingClasses, type Classes } from '../scales.ts';

/** One value per region for a choropleth, with the rows it comes from. */
export interface RegionValue {
  value: number | null;
  from: Provenance[];
}

export interface MapMetric {
  id: string;
  label: Record<Lang, string>;
  /** Unit after the number in tooltips and the legend, e.g. "incidents". */
  unit: Record<Lang, string>;
  derived: boolean;
  values: Record<RegionCode, RegionValue>;
  /** Signed metrics (change) get classes on their absolute scale; see `diverging`. */
  diverging?: boolean;
}

export interface ClassedMetric extends MapMetric {
  classes: Classes;
  classByRegion: Record<RegionCode, number | null>;
}

export function classify(metric: MapMetric): ClassedMetric {
  const entries = Object.entries(metric.values) as [RegionCode, RegionValue][];
  const classes = metric.diverging ? divergingClasses() : choroplethClasses(entries.map(([, v]) => v.value));
  const classByRegion = Object.fromEntries(entries.map(([code, v]) => [code, classes.classOf(v.value)])) as Record<RegionCode, number | null>;
  return { ...metric, classes, classByRegion };
}
