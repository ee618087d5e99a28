import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Frame } from './projection.ts';

/** ISO 3166-1 numeric code of Niger, the id world-atlas gives its shape. */
const NIGER_ID = '562';

/** West Africa and its neighbours in degrees: enough of the continent to place Niger in it. */
export const LOCATOR_EXTENT: [[number, number], [number, number]] = [
  [-18, 3],
  [24, 26],
];

export interface LocatorInset {
  frame: Frame;
  /** All land, as one shape. */
  land: string;
  /** Borders between countries, each drawn once. */
  borders: string;
  niger: string;
}

/** Drops points that round to the one before: at whole pixels the 1:110m outline repeats itself. */
export function dropRepeats(d: string): string {
  return d.replace(/L(-?\d+),(-?\d+)/g, (segment, x: string, y: string, offset: number, all: string) => {
    const before = all.slice(0, offset).match(/[ML](-?\d+),(-?\d+)$/);
    return before && before[1] === x && before[2] === y ? '' : segment;
  });
}

/**
 * The locator inset: Niger among the countries of West Africa, projected to a small frame at
 * build time. Whole-pixel coordinates are plenty at this size; 1:110m shapes need no further
 * simplification.
 */
export function buildLocatorInset(world: Topology, frame: Frame): LocatorInset {
  const [[west, south], [east, north]] = LOCATOR_EXTENT;
  const box: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, south], [east, north], [west, north]] },
  };
  const projection = geoConicEqualArea()
    .parallels([8, 20])
    .rotate([-3, 0])
    .fitExtent([[0, 0], [frame.width, frame.height]], box)
    .clipExtent([[0, 0], [frame.width, frame.height]]);
  const path = geoPath(projection).digits(0);
  const countries = world.objects.countries as GeometryCollection;
  const niger = feature(world, countries).features.find((f) => f.id === NIGER_ID);
  if (!niger) throw new Error('world-atlas has no country with id 562 (Niger)');
  const draw = (g: Parameters<typeof path>[0]) => dropRepeats(path(g) ?? '');
  return {
    frame,
    land: draw(merge(world, countries.geometries as Parameters<typeof merge>[1])),
    borders: draw(mesh(world, countries, (a, b) => a !== b)),
    niger: draw(niger),
  };
}
