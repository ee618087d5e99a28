import { ticks } from 'd3-array';
import { scaleThreshold } from 'd3-scale';

/**
 * Sequential classes for a choropleth: rounded thresholds, so the legend reads
 * "0–50, 50–100 …" rather than arbitrary cut points. Returns class indices, never
 * colours: colours live in the design tokens and follow the light or dark scheme.
 */
export interface Classes {
  thresholds: number[];
  classOf: (value: number | null) => number | null;
  count: number;
}

export function choroplethClasses(values: readonly (number | null)[], classCount = 5): Classes {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...known);
  let thresholds = ticks(0, max, classCount).filter((t) => t > 0 && t < max);
  if (thresholds.length > classCount - 1) thresholds = thresholds.filter((_, i) => i % 2 === 1);
  if (thresholds.length === 0) thresholds = [max > 0 ? max : 1];
  const scale = scaleThreshold<number, number>()
    .domain(thresholds)
    .range(thresholds.map((_, i) => i).concat(thresholds.length));
  return {
    thresholds,
    classOf: (v) => (v === null || !Number.isFinite(v) ? null : scale(v)),
    count: thresholds.length + 1,
  };
}

/** Fixed classes around zero for changes in percent: falls in blues, rises in oranges. */
export const CHANGE_THRESHOLDS = [-40, -10, 10, 100];

export function divergingClasses(thresholds: readonly number[] = CHANGE_THRESHOLDS): Classes {
  const scale = scaleThreshold<number, number>()
    .domain([...thresholds])
    .range(thresholds.map((_, i) => i).concat(thresholds.length));
  return {
    thresholds: [...thresholds],
    classOf: (v) => (v === null || !Number.isFinite(v) ? null : scale(v)),
    count: thresholds.length + 1,
  };
}
