import type { Box, PlacedLabel } from '../labels.ts';
import { placeLabels } from '../labels.ts';
import type { MapGeometry } from './geometry.ts';

export interface MapLabels {
  regions: PlacedLabel[];
  towns: PlacedLabel[];
  neighbours: PlacedLabel[];
  /** Niamey is too small to carry its name: it gets a callout line to a label beside it. */
  niameyCallout: { x1: number; y1: number; x2: number; y2: number } | null;
}

const REGION_FONT = 15;
const TOWN_FONT = 11.5;
const NEIGHBOUR_FONT = 12;

/** Region names first (on their centroid), then Niamey's callout, towns, and neighbour names in what room is left. */
export function layoutMapLabels(geometry: MapGeometry, options: { neighbourName: (n: MapGeometry['neighbours'][number]) => string; towns: readonly string[] }): MapLabels {
  const { frame } = geometry;
  const niamey = geometry.regions.find((r) => r.code === 'NE-8');
  const big = geometry.regions.filter((r) => r.code !== 'NE-8');
  const regionLabels = placeLabels(
    big.map((r) => ({ id: r.code, text: r.name, x: r.centroid[0], y: r.centroid[1], fontSize: REGION_FONT, priority: 10, centredOnly: true })),
    frame,
  );
  const taken: Box[] = regionLabels.map((l) => l.box);

  let niameyCallout: MapLabels['niameyCallout'] = null;
  const extra: PlacedLabel[] = [];
  if (niamey) {
    const [cx, cy] = niamey.centroid;
    const lx = cx - 34;
    const ly = cy + 34;
    const placed = placeLabels([{ id: 'NE-8', text: niamey.name, x: lx, y: ly, fontSize: REGION_FONT, priority: 9, gap: 2 }], frame, taken);
    const label = placed[0];
    if (label) {
      extra.push(label);
      taken.push(label.box);
      niameyCallout = { x1: cx, y1: cy, x2: lx, y2: ly - 4 };
    }
  }

  const townPoints = geometry.places.filter((p) => options.towns.includes(p.name) && p.kind !== 'capital');
  const towns = placeLabels(
    townPoints.map((p) => ({ id: p.name, text: p.name, x: p.x, y: p.y, fontSize: TOWN_FONT, priority: p.kind === 'regional_capital' ? 5 : 3, gap: 5 })),
    frame,
    taken,
  );
  taken.push(...towns.map((l) => l.box), ...townPoints.map((p) => ({ x0: p.x - 3, y0: p.y - 3, x1: p.x + 3, y1: p.y + 3 })));

  const neighbours = placeLabels(
    geometry.neighbours
      .filter((n) => n.bordersNiger)
      .map((n) => ({ id: n.iso, text: options.neighbourName(n).toUpperCase(), x: n.centroid[0], y: n.centroid[1], fontSize: NEIGHBOUR_FONT, priority: 1, centredOnly: true })),
    frame,
    taken,
  );
  return { regions: [...regionLabels, ...extra], towns, neighbours, niameyCallout };
}
