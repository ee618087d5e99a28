import { geoArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { fitNigerProjection } from '../../../src/charts/map/projection.ts';
import { regionTopology } from '../../../src/data/select.ts';

const country = feature(regionTopology, regionTopology.objects.country as GeometryCollection);
const regions = feature(regionTopology, regionTopology.objects.regions as GeometryCollection<{ code: string }>).features;
const frame = { width: 800, height: 620 };

describe('fitNigerProjection(country, frame, padding)', () => {
  const projection = fitNigerProjection(country, frame, 24);
  const path = geoPath(projection);

  it('fits the country inside the frame with the padding around it, touching it on one axis', () => {
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    expect(x0).toBeGreaterThanOrEqual(24 - 0.5);
    expect(y0).toBeGreaterThanOrEqual(24 - 0.5);
    expect(x1).toBeLessThanOrEqual(frame.width - 24 + 0.5);
    expect(y1).toBeLessThanOrEqual(frame.height - 24 + 0.5);
    const fillsWidth = Math.abs(x1 - x0 - (frame.width - 48)) < 1;
    const fillsHeight = Math.abs(y1 - y0 - (frame.height - 48)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('keeps areas comparable: a region’s share of the map is its share of the ground', () => {
    const total = regions.reduce((s, r) => s + geoArea(r), 0);
    const drawn = regions.reduce((s, r) => s + path.area(r), 0);
    for (const r of regions) expect(path.area(r) / drawn, r.properties.code).toBeCloseTo(geoArea(r) / total, 3);
  });

  it('clips to the frame, so neighbours stop at its edges', () => {
    expect(projection.clipExtent()).toEqual([
      [0, 0],
      [frame.width, frame.height],
    ]);
  });
});
