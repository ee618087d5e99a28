/**
 * Greedy label placement: each label tries a few positions around its anchor and takes
 * the first that overlaps neither an earlier label nor the frame's edge. Labels that
 * find no place are dropped rather than drawn on top of each other.
 */
export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  fontSize: number;
  /** Higher priority labels are placed first. */
  priority: number;
  /** Offset from the anchor for the non-centred candidates (e.g. a town's dot radius). */
  gap?: number;
  /** Only the centred position (region names sit on their centroid). */
  centredOnly?: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average advance of a sans-serif glyph in ems; good enough to keep labels apart. */
const CHAR_WIDTH_EM = 0.56;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH_EM;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function boxFor(x: number, y: number, width: number, fontSize: number, anchor: PlacedLabel['anchor']): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // y is the text baseline; the box covers ascenders and a little descent.
  return { x0, y0: y - fontSize * 0.8, x1: x0 + width, y1: y + fontSize * 0.25 };
}

export function placeLabels(requests: readonly LabelRequest[], frame: { width: number; height: number }, obstacles: readonly Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const r of ordered) {
    const width = estimateTextWidth(r.text, r.fontSize);
    const gap = r.gap ?? 4;
    const half = r.fontSize * 0.35;
    const candidates: [number, number, PlacedLabel['anchor']][] = r.centredOnly
      ? [[r.x, r.y + half, 'middle']]
      : [
          [r.x + gap, r.y + half, 'start'],
          [r.x - gap, r.y + half, 'end'],
          [r.x, r.y - gap - 1, 'middle'],
          [r.x, r.y + gap + r.fontSize * 0.8, 'middle'],
        ];
    for (const [x, y, anchor] of candidates) {
      const box = boxFor(x, y, width, r.fontSize, anchor);
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= frame.width && box.y1 <= frame.height;
      if (inside && !taken.some((t) => overlaps(t, box))) {
        placed.push({ id: r.id, text: r.text, x, y, anchor, box });
        taken.push(box);
        break;
      }
    }
  }
  return placed;
}
