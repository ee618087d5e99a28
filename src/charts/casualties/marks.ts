/** The casualty chart's marks as SVG paths: one shape per reporter, and arrows for open ends. */
import type { DeathsBy } from '../../data/types.ts';
import type { REPORTER_SHAPES } from './model.ts';

/** The size of a reporter's mark in the key and the wide chart. */
export const CASUALTY_MARKER = 11;

export const round = (n: number) => Math.round(n * 10) / 10;

/** SVG path of a marker centred on (x, y), about `size` across. */
export function markerPath(shape: (typeof REPORTER_SHAPES)[DeathsBy], x: number, y: number, size: number): string {
  const h = size / 2;
  const f = (n: number) => String(round(n));
  switch (shape) {
    case 'circle':
      return `M${f(x - h)} ${f(y)}a${f(h)} ${f(h)} 0 1 0 ${f(size)} 0a${f(h)} ${f(h)} 0 1 0 ${f(-size)} 0Z`;
    case 'square': {
      const s = h * 0.88;
      return `M${f(x - s)} ${f(y - s)}H${f(x + s)}V${f(y + s)}H${f(x - s)}Z`;
    }
    case 'triangle':
      return `M${f(x)} ${f(y - h * 1.15)}L${f(x + h * 1.1)} ${f(y + h * 0.8)}H${f(x - h * 1.1)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - h * 1.25)}L${f(x + h * 1.05)} ${f(y)}L${f(x)} ${f(y + h * 1.25)}L${f(x - h * 1.05)} ${f(y)}Z`;
    case 'cross': {
      const a = h * 1.05;
      const t = h * 0.38;
      return `M${f(x - t)} ${f(y - a)}H${f(x + t)}V${f(y - t)}H${f(x + a)}V${f(y + t)}H${f(x + t)}V${f(y + a)}H${f(x - t)}V${f(y + t)}H${f(x - a)}V${f(y - t)}H${f(x - t)}Z`;
    }
  }
}

/** An open end: the shaft and a small head at x2. */
export function arrowPath(x1: number, x2: number, y: number): { shaft: string; head: string } {
  const dir = x2 > x1 ? 1 : -1;
  const f = (n: number) => String(round(n));
  return {
    shaft: `M${f(x1)} ${f(y)}H${f(x2 - dir * 4)}`,
    head: `M${f(x2)} ${f(y)}L${f(x2 - dir * 6)} ${f(y - 4)}V${f(y + 4)}Z`,
  };
}

/** The key's arrow, in a 24 × 14 box. */
export function keyArrow(dir: 1 | -1): { shaft: string; head: string } {
  return arrowPath(dir === 1 ? 2 : 22, dir === 1 ? 22 : 2, 7);
}
