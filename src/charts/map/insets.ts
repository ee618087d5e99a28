import type { Box } from '../labels.ts';
import type { Frame } from './projection.ts';

export interface InsetLayout {
  /** Largest circle's radius: the region with the most incidents or deaths. */
  maxRadius: number;
  locator: { x: number; y: number; width: number; height: number };
  /** Top left corner of the circle key. */
  key: { x: number; y: number; fontSize: number };
  /** Where no label may go. */
  reserved: Box[];
}

/**
 * The insets sit in the top left corner, over Algeria and Mali, where Niger leaves the frame
 * empty at both sizes: the locator first, the circle key under it.
 */
export function insetLayout(frame: Frame): InsetLayout {
  const wide = frame.width >= 600;
  const maxRadius = wide ? 40 : 26;
  const locator = wide ? { x: 12, y: 12, width: 168, height: 120 } : { x: 6, y: 6, width: 92, height: 66 };
  const key = { x: locator.x + 4, y: locator.y + locator.height + (wide ? 16 : 10), fontSize: wide ? 11 : 10.5 };
  const keyBox: Box = { x0: key.x, y0: key.y - key.fontSize, x1: key.x + 2 * maxRadius + (wide ? 60 : 40), y1: key.y + 2 * maxRadius + 2 };
  return {
    maxRadius,
    locator,
    key,
    reserved: [{ x0: locator.x, y0: locator.y, x1: locator.x + locator.width, y1: locator.y + locator.height }, keyBox],
  };
}
