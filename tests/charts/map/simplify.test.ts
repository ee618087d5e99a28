import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { simplifyLine, simplifyTopology } from '../../../src/charts/map/simplify.ts';
import { neighbourTopology, places, regionTopology } from '../../../src/data/select.ts';
import { buildMapGeometry } from '../../../src/charts/map/geometry.ts';

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

describe('simplifyLine(points, tolerance)', () => {
  const zigzag: [number, number][] = Array.from({ length: 50 }, (_, i) => [i, i % 2 === 0 ? 0 : 0.1]);

  it('keeps both ends and drops detail within the tolerance', () => {
    const out = simplifyLine(zigzag, 0.5);
    expect(out[0]).toEqual([0, 0]);
    expect(out.at(-1)).toEqual(zigzag.at(-1));
    expect(out.length).toBeLessThanOrEqual(3);
  });

  it('keeps every point that lies further than the tolerance from the result', () => {
    const spiky: [number, number][] = [[0, 0], [1, 0.05], [2, 3], [3, 0.02], [4, 0]];
    const out = simplifyLine(spiky, 0.5);
    expect(out).toContainEqual([2, 3]);
    for (const p of spiky) {
      const nearest = Math.min(...out.slice(1).map((b, i) => distanceToSegment(p, out[i]!, b)));
      expect(nearest).toBeLessThanOrEqual(0.5);
    }
  });

  it('never collapses a closed ring to its endpoints', () => {
    const ring: [number, number][] = [[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1], [0, 0]];
    expect(simplifyLine(ring, 10).length).toBeGreaterThanOrEqual(3);
  });
});

describe('simplifyTopology(topology, tolerance)', () => {
  const simplified = simplifyTopology(regionTopology as Topology, 0.02);

  it('drops points but keeps every arc’s ends, so shared borders still meet', () => {
    const before = regionTopology.arcs.reduce((n, a) => n + a.length, 0);
    const after = simplified.arcs.reduce((n, a) => n + a.length, 0);
    expect(after).toBeLessThan(before * 0.8);
    simplified.arcs.forEach((arc, i) => {
      expect(arc[0]).toEqual(regionTopology.arcs[i]![0]);
      expect(arc.at(-1)).toEqual(regionTopology.arcs[i]!.at(-1));
    });
  });

  it('keeps each region’s area (within 0.5 %; Niamey, a few km across, within 10 %) and its rings the right way round', () => {
    const original = feature(regionTopology, regionTopology.objects.regions as GeometryCollection<{ code: string }>).features;
    const simple = feature(simplified, simplified.objects.regions as GeometryCollection<{ code: string }>).features;
    simple.forEach((region, i) => {
      const area = geoArea(region);
      expect(area).toBeLessThan(0.03);
      const change = Math.abs(area - geoArea(original[i]!)) / geoArea(original[i]!);
      expect(change).toBeLessThan(region.properties.code === 'NE-8' ? 0.1 : 0.005);
    });
    expect(mesh(simplified, simplified.objects.regions as GeometryCollection).coordinates.length).toBeGreaterThan(0);
  });
});

describe('buildMapGeometry(…) simplification', () => {
  it('draws fewer points on a small map than on a large one', () => {
    const points = (d: string) => (d.match(/[ML]/g) ?? []).length;
    const large = buildMapGeometry(regionTopology, neighbourTopology, places, { width: 800, height: 620 });
    const small = buildMapGeometry(regionTopology, neighbourTopology, places, { width: 160, height: 124 });
    const total = (g: typeof large) => g.regions.reduce((n, r) => n + points(r.d), 0);
    expect(total(small)).toBeLessThan(total(large));
    const unsimplified = buildMapGeometry(regionTopology, neighbourTopology, places, { width: 800, height: 620 }, { simplify: 0 });
    expect(total(large)).toBeLessThan(total(unsimplified));
  });
});
