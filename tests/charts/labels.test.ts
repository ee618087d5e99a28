import { describe, expect, it } from 'vitest';
import { estimateTextWidth, overlaps, placeLabels, pointBox } from '../../src/charts/labels.ts';

describe('placeLabels(requests, frame, obstacles)', () => {
  it('moves a label to its next candidate rather than overlap, and drops what cannot fit', () => {
    const frame = { width: 100, height: 40 };
    const placed = placeLabels(
      [
        { id: 'a', text: 'Alpha', x: 50, y: 20, fontSize: 10, priority: 2 },
        { id: 'b', text: 'Beta', x: 50, y: 20, fontSize: 10, priority: 1 },
        { id: 'c', text: 'A label far too long for the frame', x: 50, y: 20, fontSize: 10, priority: 0 },
      ],
      frame,
    );
    expect(placed.map((p) => [p.id, p.anchor])).toEqual([
      ['a', 'start'],
      ['b', 'end'],
    ]);
  });

  it('places higher priority first, whatever the order asked in', () => {
    const frame = { width: 100, height: 40 };
    const request = (id: string, priority: number) => ({ id, text: 'Label', x: 50, y: 20, fontSize: 10, priority, offsets: [[0, 0, 'middle'] as const] as [number, number, 'middle'][] });
    expect(placeLabels([request('low', 1), request('high', 5)], frame).map((p) => p.id)).toEqual(['high']);
  });

  it('keeps clear of obstacles and inside the frame', () => {
    const frame = { width: 200, height: 100 };
    const obstacle = { x0: 100, y0: 0, x1: 200, y1: 100 };
    const [label] = placeLabels([{ id: 'x', text: 'Niamey', x: 100, y: 50, fontSize: 10, priority: 1 }], frame, [obstacle]);
    expect(label!.anchor).toBe('end');
    expect(overlaps(label!.box, obstacle)).toBe(false);
    expect(label!.box.x0).toBeGreaterThanOrEqual(0);
  });
});

describe('overlaps(a, b), pointBox and estimateTextWidth', () => {
  it('counts boxes that only touch as not overlapping', () => {
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
  });

  it('boxes a point by its radius and widens text with its length and size', () => {
    expect(pointBox(5, 5, 2)).toEqual({ x0: 3, y0: 3, x1: 7, y1: 7 });
    expect(estimateTextWidth('abcd', 10)).toBeCloseTo(2 * estimateTextWidth('ab', 10));
    expect(estimateTextWidth('ab', 20)).toBeCloseTo(2 * estimateTextWidth('ab', 10));
  });
});
