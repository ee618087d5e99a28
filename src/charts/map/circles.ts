import type { RegionCode } from '../../data/types.ts';
import type { RegionShape } from './geometry.ts';
import { circleKeyValues, circleRadius, type ClassedMetric } from './metrics.ts';

export interface RegionCircle {
  code: RegionCode;
  x: number;
  y: number;
  /** Radius per circle metric id; 0 where the region has no figure. */
  r: Record<string, number>;
}

export interface CircleKey {
  metric: string;
  /** Nested circles standing on one baseline, largest first, with their values. */
  circles: { value: number; r: number; cy: number; labelY: number }[];
  width: number;
  height: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** One circle per region at its centroid, with its radius for each circle metric. */
export function regionCircles(regions: readonly RegionShape[], metrics: readonly ClassedMetric[], maxRadius: number): RegionCircle[] {
  const circleMetrics = metrics.filter((m) => m.encoding === 'circles');
  return regions.map((r) => ({
    code: r.code,
    x: r.centroid[0],
    y: r.centroid[1],
    r: Object.fromEntries(circleMetrics.map((m) => [m.id, round(circleRadius(m, m.values[r.code].tooFew ? null : m.values[r.code].value, maxRadius))])),
  }));
}

/** Larger circles first, so smaller ones are drawn on top and stay visible. */
export function drawOrder(circles: readonly RegionCircle[], metric: string): RegionCircle[] {
  return [...circles].sort((a, b) => (b.r[metric] ?? 0) - (a.r[metric] ?? 0));
}

/** The key of a circle metric: nested circles on a common baseline, on the same scale as the map. */
export function circleKey(metric: ClassedMetric, maxRadius: number): CircleKey {
  const values = circleKeyValues(metric.maxValue);
  const largest = circleRadius(metric, values[0] ?? 0, maxRadius);
  const baseline = 2 * largest;
  return {
    metric: metric.id,
    circles: values.map((value) => {
      const r = round(circleRadius(metric, value, maxRadius));
      return { value, r, cy: round(baseline - r), labelY: round(baseline - 2 * r) };
    }),
    width: round(2 * largest),
    height: round(baseline),
  };
}
