/**
 * Greedy label placement: each label tries its candidate positions in order and takes
 * the first that overlaps neither an earlier label, an obstacle nor the frame's edge.
 * Labels that find no place are dropped rather than drawn on top of each other.
 */
export type Anchor = 'start' | 'middle' | 'end';

/** A candidate position relative to the anchor point: dx, dy (to the text's middle) and text anchor. */
export type Offset = [dx: number, dy: number, anchor: Anchor];

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  fontSize: number;
  /** Higher priority labels are placed first. */
  priority: number;
  /** Candidate positions; by default right, left, above and below the point at `gap`. */
  offsets?: Offset[];
  gap?: number;
  /** Average glyph advance in ems (uppercase with letter-spacing runs wider). */
  charWidthEm?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Baseline position, as SVG <text> wants it. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

const DEFAULT_CHAR_WIDTH_EM = 0.56;

export function estimateTextWidth(text: string, fontSize: number, charWidthEm = DEFAULT_CHAR_WIDTH_EM): number {
  return text.length * fontSize * charWidthEm;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function pointBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

function defaultOffsets(gap: number): Offset[] {
  return [
    [gap, 0, 'start'],
    [-gap, 0, 'end'],
    [0, -gap - 6, 'middle'],
    [0, gap + 6, 'middle'],
  ];
}

export function placeLabels(requests: readonly LabelRequest[], frame: { width: number; height: number }, obstacles: readonly Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const r of ordered) {
    const width = estimateTextWidth(r.text, r.fontSize, r.charWidthEm);
    const height = r.fontSize * 1.05;
    for (const [dx, dy, anchor] of r.offsets ?? defaultOffsets(r.gap ?? 4)) {
      const cx = r.x + dx;
      const cy = r.y + dy;
      const x0 = anchor === 'start' ? cx : anchor === 'end' ? cx - width : cx - width / 2;
      const box = { x0, y0: cy - height / 2, x1: x0 + width, y1: cy + height / 2 };
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= frame.width && box.y1 <= frame.height;
      if (inside && !taken.some((t) => overlaps(t, box))) {
        // Baseline sits about a third of the font size below the middle.
        placed.push({ id: r.id, text: r.text, x: round(cx), y: round(cy + r.fontSize * 0.35), anchor, box });
        taken.push(box);
        break;
      }
    }
  }
  return placed;
}

const round = (n: number) => Math.round(n * 10) / 10;
