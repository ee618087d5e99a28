import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { neighbourTopology, places, regionTopology } from '../../../src/data/select.ts';
import { buildMapGeometry } from '../../../src/charts/map/geometry.ts';
import { csvRows } from '../../helpers/csv-rows.ts';

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

describe('buildMapGeometry(…) places and framing', () => {
  it('projects every town of data/geo/places.csv into the frame, Niamey inside its region', () => {
    expect(geometry.places.map((p) => p.name).sort()).toEqual(csvRows('geo/places.csv').map((r) => r.name).sort());
    const niameyTown = geometry.places.find((p) => p.name === 'Niamey')!;
    const [[x0, y0], [x1, y1]] = geometry.regions.find((r) => r.code === 'NE-8')!.bounds;
    expect(niameyTown.x).toBeGreaterThanOrEqual(x0);
    expect(niameyTown.x).toBeLessThanOrEqual(x1);
    expect(niameyTown.y).toBeGreaterThanOrEqual(y0);
    expect(niameyTown.y).toBeLessThanOrEqual(y1);
  });

  it('puts west on the left and north at the top', () => {
    const at = (name: string) => geometry.places.find((p) => p.name === name)!;
    expect(at('Niamey').x).toBeLessThan(at('Diffa').x);
    expect(at('Agadez').y).toBeLessThan(at('Maradi').y);
  });

  it('zooms in on the regions it is fitted to', () => {
    const whole = geometry.regions.find((r) => r.code === 'NE-3')!.bounds;
    const fitted = buildMapGeometry(regionTopology, neighbourTopology, places, frame, { fitTo: ['NE-3'] }).regions.find((r) => r.code === 'NE-3')!.bounds;
    const width = (b: [[number, number], [number, number]]) => b[1][0] - b[0][0];
    expect(width(fitted)).toBeGreaterThan(width(whole) * 2);
  });

  it('draws the borders between regions once, as one path, and the country’s outline', () => {
    expect(geometry.internalBorders).toMatch(/^M/);
    expect(geometry.outline).toMatch(/^M/);
    expect(geometry.neighbours.some((n) => n.bordersNiger)).toBe(true);
  });
});
