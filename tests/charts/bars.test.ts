import { describe, expect, it } from 'vitest';
import { layoutBars, type BarDatum } from '../../src/charts/bars.ts';

const options = { width: 500, labelWidth: 100, barHeight: 10, barGap: 2, groupGap: 8, valueRoom: 50 };
const datum = (category: string, ...values: (number | null)[]): BarDatum => ({ category, label: category.toUpperCase(), values, valueLabels: values.map(String) });

describe('layoutBars(data, seriesCount, options)', () => {
  const layout = layoutBars([datum('a', 100), datum('b', 200), datum('c', 400)], 1, options);
  const widths = layout.groups.map((g) => g.bars[0]!.width);

  it('draws bar lengths in proportion to the values, from a common baseline', () => {
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 2);
    expect(widths[2]! / widths[0]!).toBeCloseTo(4, 2);
    for (const g of layout.groups) expect(g.bars[0]!.x).toBe(options.labelWidth);
  });

  it('keeps the longest bar and its value label’s start inside the chart', () => {
    const longest = layout.groups[2]!.bars[0]!;
    expect(longest.x + longest.width).toBeLessThanOrEqual(options.width - options.valueRoom);
    expect(longest.labelX).toBeCloseTo(longest.x + longest.width + 6, 0);
  });

  it('stacks the categories top to bottom in data order without overlap', () => {
    expect(layout.groups.map((g) => g.label)).toEqual(['A', 'B', 'C']);
    for (let i = 1; i < layout.groups.length; i++) {
      const above = layout.groups[i - 1]!;
      expect(layout.groups[i]!.y).toBeGreaterThanOrEqual(above.y + above.height + options.groupGap);
    }
    const last = layout.groups.at(-1)!;
    expect(layout.height).toBeGreaterThan(last.y + last.height);
  });

  it('places ticks on the same scale as the bars, starting at zero on the baseline', () => {
    expect(layout.ticks[0]).toEqual({ x: options.labelWidth, value: 0 });
    const tick = layout.ticks.find((t) => t.value === 200)!;
    expect(tick.x).toBeCloseTo(options.labelWidth + widths[1]!, 0);
  });

  it('draws no bar where the source gives no value, and puts the series of one category side by side', () => {
    const two = layoutBars([datum('a', 50, null), datum('b', 100, 25)], 2, options);
    const [a, b] = two.groups;
    expect(a!.bars[1]!.width).toBe(0);
    expect(a!.bars[1]!.value).toBeNull();
    expect(b!.bars[1]!.y).toBe(b!.bars[0]!.y + options.barHeight + options.barGap);
    expect(b!.bars[0]!.width / b!.bars[1]!.width).toBeCloseTo(4, 2);
  });

  it('puts the labels above the bars on narrow screens, the bars starting at the left edge', () => {
    const narrow = layoutBars([datum('a', 10)], 1, { ...options, labelsAbove: true });
    expect(narrow.x0).toBe(0);
    expect(narrow.groups[0]!.bars[0]!.x).toBe(0);
    expect(narrow.groups[0]!.labelY).toBeLessThan(narrow.groups[0]!.y);
  });
});
