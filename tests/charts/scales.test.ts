import { describe, expect, it } from 'vitest';
import { choroplethClasses, divergingClasses, oneTwoFive } from '../../src/charts/scales.ts';

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

describe('oneTwoFive(max)', () => {
  it('runs 1, 2, 5, 10, 20, 50 … to past the maximum', () => {
    expect(oneTwoFive(60)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500]);
    expect(oneTwoFive(0)).toEqual([1, 2, 5, 10, 20, 50]);
  });
});
