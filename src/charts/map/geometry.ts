import { geoPath } from 'd3-geo';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Place, RegionCode } from '../../data/types.ts';
import { fitNigerProjection, type Frame } from './projection.ts';
import { simplifyTopology } from './simplify.ts';

export interface RegionShape {
  code: RegionCode;
  name: string;
  d: string;
  centroid: [number, number];
  /** Projected bounding box, to tell tiny regions (Niamey) from the rest. */
  bounds: [[number, number], [number, number]];
}

export interface NeighbourShape {
  iso: string;
  name: string;
  nameFr: string;
  d: string;
  centroid: [number, number];
  bordersNiger: boolean;
}

export interface PlacePoint {
  name: string;
  kind: Place['kind'];
  regionCode: RegionCode;
  x: number;
  y: number;
}

export interface MapGeometry {
  frame: Frame;
  regions: RegionShape[];
  neighbours: NeighbourShape[];
  /** Borders between regions, drawn once (a mesh, not each region's outline twice). */
  internalBorders: string;
  outline: string;
  places: PlacePoint[];
  project: (lon: number, lat: number) => [number, number] | null;
}

const round = (n: number) => Math.round(n * 10) / 10;
const roundPoint = ([x, y]: [number, number]): [number, number] => [round(x), round(y)];

/** How many pixels one degree of longitude covers at Niger's centre on this projection. */
function pixelsPerDegree(projection: (point: [number, number]) => [number, number] | null): number {
  const a = projection([8.5, 17]);
  const b = projection([9.5, 17]);
  return a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 1;
}

export interface MapGeometryOptions {
  fitTo?: readonly RegionCode[];
  padding?: number;
  digits?: number;
  /** Detail finer than this many pixels is dropped (shared borders stay shared). */
  simplify?: number;
}

/** Projected geometry of the region map: pure, so the same input always gives the same SVG. */
export function buildMapGeometry(
  sourceRegionTopology: Topology,
  sourceNeighbourTopology: Topology,
  places: readonly Place[],
  frame: Frame,
  options: MapGeometryOptions = {},
): MapGeometry {
  const fitted = fitTarget(sourceRegionTopology, options.fitTo);
  const projection = fitNigerProjection(fitted, frame, options.padding);
  // Points within a pixel of the simplified line are not worth their bytes: at these sizes the eye cannot tell.
  const tolerance = (options.simplify ?? 1) / pixelsPerDegree(projection as (p: [number, number]) => [number, number] | null);
  const regionTopology = simplifyTopology(sourceRegionTopology, tolerance);
  const neighbourTopology = simplifyTopology(sourceNeighbourTopology, tolerance);
  const regionObject = regionTopology.objects.regions as GeometryCollection<{ code: RegionCode; name: string }>;
  const countryObject = regionTopology.objects.country as GeometryCollection;
  const neighbourObject = neighbourTopology.objects.neighbours as GeometryCollection<{
    iso_a3: string;
    name: string;
    name_fr: string;
    borders_niger: boolean;
  }>;
  const all = feature(regionTopology, regionObject);
  // Three decimals would bloat every page; a tenth of a pixel is invisible.
  const path = geoPath(projection).digits(options.digits ?? 1);

  const regions = all.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    d: path(f) ?? '',
    centroid: roundPoint(path.centroid(f)),
    bounds: path.bounds(f).map(roundPoint) as [[number, number], [number, number]],
  }));

  const neighbours = feature(neighbourTopology, neighbourObject).features.map((f) => ({
    iso: f.properties.iso_a3,
    name: f.properties.name,
    nameFr: f.properties.name_fr,
    d: path(f) ?? '',
    centroid: roundPoint(path.centroid(f)),
    bordersNiger: f.properties.borders_niger,
  }));

  const internal = mesh(regionTopology, regionObject, (a, b) => a !== b) as MultiLineString;
  const outline = mesh(regionTopology, countryObject) as MultiLineString;

  const project = (lon: number, lat: number) => {
    const p = projection([lon, lat]);
    return p ? roundPoint(p as [number, number]) : null;
  };
  const points = places.flatMap((p) => {
    const xy = project(p.lon, p.lat);
    return xy ? [{ name: p.name, kind: p.kind, regionCode: p.region_code, x: xy[0], y: xy[1] }] : [];
  });

  return {
    frame,
    regions,
    neighbours: neighbours.filter((n) => n.d !== ''),
    internalBorders: path(internal as Geometry) ?? '',
    outline: path(outline as Geometry) ?? '',
    places: points,
    project,
  };
}

/** What the projection is fitted to: the chosen regions, or the whole country. */
function fitTarget(topology: Topology, fitTo: readonly RegionCode[] | undefined) {
  const regions = feature(topology, topology.objects.regions as GeometryCollection<{ code: RegionCode }>);
  if (fitTo && fitTo.length > 0) return { type: 'FeatureCollection' as const, features: regions.features.filter((f) => fitTo.includes(f.properties.code)) };
  return feature(topology, topology.objects.country as GeometryCollection);
}

export type { Feature };
