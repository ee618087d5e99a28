import type { Arc, Topology } from 'topojson-specification';
import { presimplify, simplify, type Triangle } from 'topojson-simplify';

type Point = [number, number];

/** A point's weight: its distance from the segment between its neighbours. */
function distanceFromNeighbours([a, p, b]: Triangle): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

/** Keeps each arc's weightiest inner point, so no arc collapses to a straight segment and no ring to nothing. */
function keepWeightiest(topology: Topology): void {
  for (const arc of topology.arcs as [number, number, number][][]) {
    let best: [number, number, number] | undefined;
    for (const point of arc.slice(1, -1)) if (!best || point[2] > best[2]) best = point;
    if (best) best[2] = Infinity;
  }
}

/**
 * Simplifies a topology arc by arc with topojson-simplify, so a border shared by two
 * regions is simplified once and both sides still meet exactly. Points go in the order
 * of their distance from their neighbours' segment while it is within `tolerance`. It is
 * in the topology's coordinates (degrees here); callers derive it from how many pixels a
 * degree covers on their map. Arc ends always stay.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number): T {
  const weighted = presimplify(topology as Parameters<typeof presimplify>[0], distanceFromNeighbours);
  keepWeightiest(weighted as Topology);
  const { transform: _none, ...simplified } = simplify(weighted, tolerance);
  return { ...topology, ...simplified } as unknown as T;
}

/** One line simplified as {@link simplifyTopology} simplifies each arc. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  const line: Topology = { type: 'Topology', objects: {}, arcs: [points.map((p) => [p[0], p[1]] as Arc[number])] };
  return simplifyTopology(line, tolerance).arcs[0] as Point[];
}
