import { placeLabels, pointBox, type Box, type Offset, type PlacedLabel } from '../labels.ts';
import type { MapGeometry } from './geometry.ts';

export interface MapLabels {
  regions: PlacedLabel[];
  towns: PlacedLabel[];
  neighbours: PlacedLabel[];
  /** Niamey is too small to carry its name: it gets a callout line to a label beside it. */
  niameyCallout: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface LabelFonts {
  region: number;
  town: number;
  neighbour: number;
}

export const WIDE_FONTS: LabelFonts = { region: 13, town: 11.5, neighbour: 11 };
export const NARROW_FONTS: LabelFonts = { region: 10.5, town: 9.5, neighbour: 9 };

/** Uppercase, letter-spaced names run wider than mixed case. */
const CAPS_EM = 0.74;
const NIAMEY_HIT_RADIUS = 11;

/**
 * Region names first (near their centroid, nudged off Niamey's marker), then Niamey's
 * callout, the towns, and the neighbouring countries' names in whatever room is left.
 * Regional capitals that share their region's name keep their dot but not a second label.
 */
export function layoutMapLabels(
  geometry: MapGeometry,
  options: {
    neighbourName: (n: MapGeometry['neighbours'][number]) => string;
    towns: readonly string[];
    fonts: LabelFonts;
    scale?: number;
    /** Room taken by insets (locator, circle key): no label goes there. */
    reserved?: readonly Box[];
    /** The largest circle each region can show: its name goes above or below it, never over it. */
    circleRadius?: Partial<Record<string, number>>;
  },
): MapLabels {
  const { frame } = geometry;
  const { fonts } = options;
  const scale = options.scale ?? 1;
  const niamey = geometry.regions.find((r) => r.code === 'NE-8');
  const dots = geometry.places.filter((p) => options.towns.includes(p.name));
  const obstacles: Box[] = [
    ...(niamey ? [pointBox(niamey.centroid[0], niamey.centroid[1], NIAMEY_HIT_RADIUS * scale + 2)] : []),
    ...dots.map((p) => pointBox(p.x, p.y, 3)),
    ...(options.reserved ?? []),
  ];

  const step = fonts.region * 1.4;
  const regionOffsets: Offset[] = [
    [0, 0, 'middle'],
    [0, -step, 'middle'],
    [0, step, 'middle'],
    [step, -step, 'middle'],
    [-step, -step, 'middle'],
  ];
  const offsetsFor = (code: string): Offset[] => {
    const r = options.circleRadius?.[code] ?? 0;
    if (r === 0) return regionOffsets;
    return [[0, -(r + fonts.region * 0.5), 'middle'], [0, r + fonts.region * 1.1, 'middle'], [r + 4, 0, 'start'], [-(r + 4), 0, 'end']];
  };
  const circleBoxes = geometry.regions.map((r) => pointBox(r.centroid[0], r.centroid[1], Math.max(0, (options.circleRadius?.[r.code] ?? 0) - 1)));
  const regionLabels = placeLabels(
    geometry.regions
      .filter((r) => r.code !== 'NE-8')
      .map((r) => ({ id: r.code, text: r.name.toUpperCase(), x: r.centroid[0], y: r.centroid[1], fontSize: fonts.region, priority: 10, offsets: offsetsFor(r.code), charWidthEm: CAPS_EM })),
    frame,
    [...obstacles, ...circleBoxes],
  );
  const taken: Box[] = [...obstacles, ...circleBoxes, ...regionLabels.map((l) => l.box)];

  let niameyCallout: MapLabels['niameyCallout'] = null;
  const extra: PlacedLabel[] = [];
  if (niamey) {
    const [cx, cy] = niamey.centroid;
    const reach = fonts.region * 2.4;
    const placed = placeLabels(
      [
        {
          id: 'NE-8',
          text: niamey.name.toUpperCase(),
          x: cx,
          y: cy,
          fontSize: fonts.region,
          priority: 9,
          charWidthEm: CAPS_EM,
          offsets: [
            [-reach, reach * 0.5, 'end'],
            [-reach, -reach * 0.5, 'end'],
            [-reach * 0.6, reach, 'end'],
            [0, reach * 1.1, 'middle'],
            [reach, reach, 'start'],
          ],
        },
      ],
      frame,
      taken,
    );
    const label = placed[0];
    if (label) {
      extra.push(label);
      taken.push(label.box);
      const endX = label.anchor === 'end' ? label.box.x1 + 2 : label.anchor === 'start' ? label.box.x0 - 2 : (label.box.x0 + label.box.x1) / 2;
      const endY = label.anchor === 'middle' ? label.box.y0 : (label.box.y0 + label.box.y1) / 2;
      niameyCallout = { x1: cx, y1: cy, x2: endX, y2: endY };
    }
  }

  const regionNames = new Set(geometry.regions.map((r) => r.name));
  const towns = placeLabels(
    dots
      .filter((p) => p.kind === 'town' || !regionNames.has(p.name))
      .map((p) => ({ id: p.name, text: p.name, x: p.x, y: p.y, fontSize: fonts.town, priority: 3, gap: 5 })),
    frame,
    taken,
  );
  taken.push(...towns.map((l) => l.box));

  const neighbours = placeLabels(
    geometry.neighbours
      .filter((n) => n.bordersNiger)
      .map((n) => ({
        id: n.iso,
        text: options.neighbourName(n).toUpperCase(),
        x: n.centroid[0],
        y: n.centroid[1],
        fontSize: fonts.neighbour,
        priority: 1,
        charWidthEm: 0.8,
        offsets: [[0, 0, 'middle'], [0, -fonts.neighbour * 2, 'middle'], [0, fonts.neighbour * 2, 'middle']] as Offset[],
      })),
    frame,
    taken,
  );
  return { regions: [...regionLabels, ...extra], towns, neighbours, niameyCallout };
}
