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

/** 1, 2, 5, 10, 20, 50 … up to past `max`: thresholds a legend reads at a glance. */
export function oneTwoFive(max: number): number[] {
  const series: number[] = [];
  for (let power = 1; power <= Math.max(1, max) * 10; power *= 10) series.push(power, 2 * power, 5 * power);
  return series;
}

/**
 * Classes on the 1–2–5 series, choosing the run of thresholds that spreads the regions
 * best. Conflict data are skewed (one region can have ten times the next), so equal
 * intervals would paint every region but one the same colour.
 */
export function choroplethClasses(values: readonly (number | null)[], classCount = 5): Classes {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...known);
  const series = oneTwoFive(max).filter((t) => t <= max || t === 1);
  const size = classCount - 1;
  let best: number[] = series.slice(0, size);
  let bestScore = [-1, -1, Infinity];
  for (let i = 0; i + size <= series.length; i++) {
    const window = series.slice(i, i + size);
    const counts = Array.from({ length: classCount }, (_, c) => known.filter((v) => (c === 0 ? v < window[0]! : c === size ? v >= window[size - 1]! : v >= window[c - 1]! && v < window[c]!)).length);
    const score = [counts.filter((n) => n > 0).length, counts[size]! > 0 ? 1 : 0, -counts.reduce((s, n) => s + n * n, 0)];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && (score[1]! > bestScore[1]! || (score[1] === bestScore[1] && score[2]! > bestScore[2]!)))) {
      best = window;
      bestScore = score;
    }
  }
  const thresholds = best.length > 0 ? best : [1];
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
