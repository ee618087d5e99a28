import { describe, expect, it } from 'vitest';
import { choroplethClasses, divergingClasses, oneTwoFive } from '../../src/charts/scales.ts';
import { placeLabels } from '../../src/charts/labels.ts';

describe('choroplethClasses(…)', () => {
  it('spreads skewed counts over readable 1–2–5 thresholds', () => {
    const c = choroplethClasses([1, 2, 15, 18, 18, 32, 35, 149]);
    for (const t of c.thresholds) expect(oneTwoFive(1000)).toContain(t);
    const classes = [1, 2, 15, 18, 18, 32, 35, 149].map((v) => c.classOf(v));
    expect(new Set(classes).size).toBeGreaterThanOrEqual(4);
    expect(c.classOf(149)).toBe(c.count - 1);
    expect(c.classOf(null)).toBeNull();
  });

  it('never returns a class past the top one', () => {
    const c = choroplethClasses([0, 0, 0]);
    expect(c.classOf(0)).toBe(0);
  });
});

describe('divergingClasses()', () => {
  it('puts falls below and rises above the middle class', () => {
    const c = divergingClasses();
    expect(c.classOf(-48)).toBe(0);
    expect(c.classOf(0)).toBe(2);
    expect(c.classOf(169)).toBe(4);
  });
});

describe('placeLabels(…)', () => {
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
});
