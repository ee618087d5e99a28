import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface Frame {
  width: number;
  height: number;
}

/**
 * An equal-area conic projection centred on Niger, so that region sizes on the
 * choropleth compare honestly, fitted to the country with room for labels.
 * Clipped to the frame, so neighbours extend to the edges and no further.
 */
export function fitNigerProjection(country: Feature<Geometry> | FeatureCollection, frame: Frame, padding = 24): GeoProjection {
  return geoConicEqualArea()
    .parallels([12, 21])
    .rotate([-8.5, 0])
    .fitExtent(
      [
        [padding, padding],
        [frame.width - padding, frame.height - padding],
      ],
      country,
    )
    .clipExtent([
      [0, 0],
      [frame.width, frame.height],
    ]);
}
