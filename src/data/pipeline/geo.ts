import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_CODES } from '../types.ts';
import { dataError, type DataError } from './errors.ts';

export interface RegionProperties {
  code: string;
  name: string;
  name_ascii: string;
}

/**
 * Checks the region topology: the `regions` object holds exactly the eight ISO codes of
 * regions.csv, and every region covers less than a hemisphere (a reversed ring would
 * make d3-geo fill the whole globe instead of the region).
 */
export function validateRegionTopology(file: string, topology: Topology, regionCodes: readonly string[]): DataError[] {
  const errors: DataError[] = [];
  const object = topology.objects?.regions as GeometryCollection<RegionProperties> | undefined;
  if (!object || object.type !== 'GeometryCollection') {
    return [dataError(file, 0, 'objects.regions', null, 'a GeometryCollection named "regions"')];
  }
  const collection = feature(topology, object);
  const seen = new Set<string>();
  for (const region of collection.features) {
    const code = String(region.properties?.code ?? '');
    if (!(REGION_CODES as readonly string[]).includes(code)) {
      errors.push(dataError(file, 0, 'properties.code', code, `one of ${REGION_CODES.join(' | ')}`));
      continue;
    }
    if (seen.has(code)) errors.push(dataError(file, 0, 'properties.code', code, 'each region once'));
    seen.add(code);
    const steradians = geoArea(region);
    if (!(steradians > 0 && steradians < 2 * Math.PI)) {
      errors.push(dataError(file, 0, `region ${code}`, steradians.toFixed(3), 'an area under a hemisphere (clockwise outer rings)'));
    }
  }
  for (const code of regionCodes) {
    if (!seen.has(code)) errors.push(dataError(file, 0, 'properties.code', null, `a region with code ${code}, as in data/regions.csv`));
  }
  return errors;
}

export function validateNeighbourTopology(file: string, topology: Topology): DataError[] {
  const object = topology.objects?.neighbours;
  return object && object.type === 'GeometryCollection'
    ? []
    : [dataError(file, 0, 'objects.neighbours', null, 'a GeometryCollection named "neighbours"')];
}
