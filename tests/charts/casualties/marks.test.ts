import { describe, expect, it } from 'vitest';
import { arrowPath, keyArrow, markerPath } from '../../../src/charts/casualties/marks.ts';

/** The bounding box of an SVG path with absolute and relative moves, lines, H, V and arcs (arc extents from their end points). */
function extent(d: string): { x0: number; y0: number; x1: number; y1: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVaZ])([^MLHVaZ]*)/g)) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === 'M' || cmd === 'L') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'H') x = n[0]!;
    else if (cmd === 'V') y = n[0]!;
    else if (cmd === 'a') {
      xs.push(x + n[5]! / 2);
      ys.push(y - n[0]!, y + n[0]!);
      [x, y] = [x + n[5]!, y + n[6]!];
    } else continue;
    xs.push(x);
    ys.push(y);
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

describe('markerPath(shape, x, y, size)', () => {
  for (const shape of ['circle', 'square', 'triangle', 'diamond', 'cross'] as const) {
    it(`draws a closed ${shape} about the given size, around the given point`, () => {
      const d = markerPath(shape, 100, 50, 10);
      expect(d.endsWith('Z')).toBe(true);
      const box = extent(d);
      expect((box.x0 + box.x1) / 2).toBeCloseTo(100, 0);
      expect(box.x1 - box.x0).toBeGreaterThan(7);
      expect(box.x1 - box.x0).toBeLessThan(13);
      expect(box.y0).toBeLessThan(50);
      expect(box.y1).toBeGreaterThan(50);
      expect(box.y1 - box.y0).toBeLessThan(14);
    });
  }
});

describe('arrowPath(x1, x2, y) and keyArrow(dir)', () => {
  it('points the head at x2, to the right or to the left', () => {
    const right = arrowPath(10, 40, 5);
    expect(right.head.startsWith('M40 5')).toBe(true);
    expect(extent(right.head).x0).toBeLessThan(40);
    const left = arrowPath(40, 10, 5);
    expect(left.head.startsWith('M10 5')).toBe(true);
    expect(extent(left.head).x1).toBeGreaterThan(10);
    expect(extent(right.shaft)).toMatchObject({ x0: 10, x1: 36 });
  });

  it('fits the key’s arrows in a 24 × 14 box', () => {
    for (const dir of [1, -1] as const) {
      const { shaft, head } = keyArrow(dir);
      for (const box of [extent(shaft), extent(head)]) {
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.x1).toBeLessThanOrEqual(24);
        expect(box.y0).toBeGreaterThanOrEqual(0);
        expect(box.y1).toBeLessThanOrEqual(14);
      }
    }
  });
});
