import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { neighbourTopology, places, regionTopology } from '../../../src/data/index.ts';
import { buildMapGeometry } from '../../../src/charts/map/geometry.ts';
import { layoutMapLabels, NARROW_FONTS, WIDE_FONTS } from '../../../src/charts/map/region-labels.ts';
import { overlaps } from '../../../src/charts/labels.ts';

const frame = { width: 800, height: 620 };
const geometry = buildMapGeometry(regionTopology, neighbourTopology, places, frame);

function bbox(d: string): [number, number, number, number] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('buildMapGeometry(…) of the Niger regions', () => {
  it('each region is a small part of the globe (outer rings wind clockwise)', () => {
    const regions = feature(regionTopology, regionTopology.objects.regions as GeometryCollection);
    for (const region of regions.features) {
      expect(geoArea(region)).toBeLessThan(0.03); // all of Niger is about 0.029 sr; a reversed ring would be ~4π
      const [[west, south], [east, north]] = geoBounds(region);
      expect(west).toBeGreaterThan(0);
      expect(east).toBeLessThan(16.1);
      expect(south).toBeGreaterThan(11.5);
      expect(north).toBeLessThan(23.6);
    }
  });

  it('projects every region path inside the frame, none covering it whole', () => {
    expect(geometry.regions).toHaveLength(8);
    for (const r of geometry.regions) {
      const [x0, y0, x1, y1] = bbox(r.d);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(frame.width);
      expect(y1).toBeLessThanOrEqual(frame.height);
      expect((x1 - x0) * (y1 - y0)).toBeLessThan(frame.width * frame.height * 0.6);
    }
  });

  it('keeps Niamey tiny but present, inside Tillabéri’s box', () => {
    const niamey = geometry.regions.find((r) => r.code === 'NE-8')!;
    const tillaberi = geometry.regions.find((r) => r.code === 'NE-6')!;
    const [nx0, ny0, nx1, ny1] = bbox(niamey.d);
    const [tx0, ty0, tx1, ty1] = bbox(tillaberi.d);
    expect(nx1 - nx0).toBeGreaterThan(2);
    expect(nx0).toBeGreaterThan(tx0);
    expect(ny0).toBeGreaterThan(ty0);
    expect(nx1).toBeLessThan(tx1);
    expect(ny1).toBeLessThan(ty1);
  });

  it('is the same on every build', () => {
    const again = buildMapGeometry(regionTopology, neighbourTopology, places, frame);
    expect(again.regions.map((r) => r.d)).toEqual(geometry.regions.map((r) => r.d));
  });
});

describe('layoutMapLabels(…)', () => {
  for (const [name, fonts, size] of [
    ['wide', WIDE_FONTS, frame],
    ['narrow', NARROW_FONTS, { width: 400, height: 330 }],
  ] as const) {
    it(`places all eight region names without overlaps (${name})`, () => {
      const g = buildMapGeometry(regionTopology, neighbourTopology, places, size);
      const towns = g.places.filter((p) => p.kind !== 'town').map((p) => p.name);
      const labels = layoutMapLabels(g, { neighbourName: (n) => n.name, towns, fonts });
      expect(labels.regions.map((l) => l.id).sort()).toEqual(['NE-1', 'NE-2', 'NE-3', 'NE-4', 'NE-5', 'NE-6', 'NE-7', 'NE-8']);
      expect(labels.niameyCallout).not.toBeNull();
      const all = [...labels.regions, ...labels.towns, ...labels.neighbours];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!.box, all[j]!.box), `${all[i]!.text} / ${all[j]!.text}`).toBe(false);
    });
  }
});
