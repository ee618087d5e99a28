import type { Arc, Topology } from 'topojson-specification';

type Point = [number, number];

/** Squared distance from p to the segment a–b. */
function segmentDistanceSquared(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** The index of the point between first and last farthest from their segment, with its squared distance. */
function farthest(points: readonly Point[], first: number, last: number): [number, number] {
  let index = -1;
  let max = -1;
  for (let i = first + 1; i < last; i++) {
    const d = segmentDistanceSquared(points[i]!, points[first]!, points[last]!);
    if (d > max) [index, max] = [i, d];
  }
  return [index, max];
}

/**
 * Douglas–Peucker on one line: every dropped point lies within `tolerance` of the kept
 * line. Endpoints always stay, and so does the farthest inner point, so no arc collapses
 * to a straight segment and no ring to nothing.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 3) return points.map((p) => [p[0], p[1]]);
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  keep[farthest(points, 0, points.length - 1)[0]] = 1;
  const tolerance2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [index, distance2] = farthest(points, first, last);
    if (index < 0) continue;
    if (distance2 > tolerance2 || keep[index]) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]).map((p) => [p[0], p[1]]);
}

/** Absolute coordinates of every arc, undoing the quantisation and delta encoding if present. */
function decodeArcs(topology: Topology): Point[][] {
  const transform = topology.transform;
  if (!transform) return topology.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!] as Point));
  const [kx, ky] = transform.scale;
  const [tx, ty] = transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * kx + tx, y * ky + ty] as Point;
    });
  });
}

/**
 * Simplifies a topology arc by arc, so a border shared by two regions is simplified once
 * and both sides still meet exactly. `tolerance` is in the topology's coordinates
 * (degrees here); callers derive it from how many pixels a degree covers on their map.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number): T {
  const arcs = decodeArcs(topology).map((arc) => simplifyLine(arc, tolerance) as Arc);
  const { transform: _dropped, ...rest } = topology;
  return { ...rest, arcs } as T;
}
