import { describe, expect, it } from 'vitest';
import { layoutCasualties } from '../../../src/charts/casualties/layout.ts';
import { VICTIM_ORDER } from '../../../src/charts/casualties/model.ts';
import { ui } from '../../../src/i18n/index.ts';
import { attacksFrom } from '../../../src/charts/casualties/attacks.ts';
import { ATTACKS } from '../../helpers/casualty-attacks.ts';
import { incidentRow, regionRow } from '../../helpers/rows.ts';

const options = { width: 720, labelWidth: 110, rightPad: 60, rowHeight: 44, groupGap: 24, twoLineHeaders: false };
const layout = layoutCasualties(ATTACKS, ui('en').charts.casualties, 'en', options);
const figures = (g: number) => layout.groups[g]!.rows.flatMap((r) => r.figures);
/** x of value v on the chart's scale, read from two ticks. */
const xOf = (v: number) => {
  const [a, b] = layout.ticks;
  return a!.x + ((v - a!.value) * (b!.x - a!.x)) / (b!.value - a!.value);
};

describe('layoutCasualties(attacks, words, lang, options)', () => {
  it('puts every mark on one linear scale from zero at the plot’s left edge', () => {
    expect(layout.ticks[0]).toEqual({ x: layout.x0, value: 0 });
    expect(layout.x0).toBe(options.labelWidth);
    expect(layout.x1).toBe(options.width - options.rightPad);
    for (const f of figures(1)) expect(f.xs[0]).toBeCloseTo(xOf(Number(f.label.replace(/\D/g, ''))), 0);
  });

  it('draws a range as two marks and an open figure with an arrow the right way', () => {
    const petel = figures(0);
    const range = petel.find((f) => f.label === '20–30')!;
    expect(range.xs).toHaveLength(2);
    expect(range.xs[0]).toBeCloseTo(xOf(20), 0);
    expect(range.xs[1]).toBeCloseTo(xOf(30), 0);
    const atLeast = petel.find((f) => f.label === '≥10')!;
    expect(atLeast.arrow!.x2).toBeGreaterThan(atLeast.arrow!.x1);
    const atMost = figures(1).find((f) => f.label === '≤15')!;
    expect(atMost.arrow!.x2).toBeLessThan(atMost.arrow!.x1);
    expect(figures(1).find((f) => f.label === '4')!.arrow).toBeNull();
  });

  it('keeps the attacks in their order, top to bottom, each with one row per group of dead in a fixed order', () => {
    expect(layout.groups.map((g) => g.key)).toEqual(ATTACKS.map((a) => a.key));
    expect(layout.groups[1]!.lines[0]!.y).toBeGreaterThan(layout.groups[0]!.rows.at(-1)!.y);
    for (const g of layout.groups) {
      const order = g.rows.map((r) => VICTIM_ORDER.indexOf(r.victims));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(layout.groups[0]!.rows.map((r) => r.label)).toEqual(['soldiers', 'civilians']);
    expect(layout.height).toBeGreaterThan(layout.gridBottom);
  });

  it('titles each attack in the page’s language, the attacker beside it', () => {
    const nl = layoutCasualties(ATTACKS, ui('nl').charts.casualties, 'nl', options);
    expect(nl.groups[1]!.title).toBe('16 maart 2025 · Chetima Wangou (Diffa)');
    expect(nl.groups[0]!.attacker).toBe('vermoedelijk ISSP');
    expect(layout.groups[0]!.lines[0]!.parts.map((p) => p.kind)).toEqual(['title', 'attacker']);
  });

  it('puts a value label that would touch its neighbour’s below the marks', () => {
    const close = attacksFrom(
      [
        incidentRow({ place: 'A', deaths_min: 100, deaths_max: 100, killed: 'soldiers', deaths_by: 'official' }),
        incidentRow({ place: 'A', deaths_min: 102, deaths_max: 102, killed: 'soldiers', deaths_by: 'claimed_by_perpetrator' }),
        incidentRow({ place: 'A', deaths_min: 20, deaths_max: 20, killed: 'soldiers', deaths_by: 'other_sources' }),
      ],
      [regionRow({})],
    );
    const [row] = layoutCasualties(close, ui('en').charts.casualties, 'en', options).groups[0]!.rows;
    const [low, first, second] = [...row!.figures].sort((a, b) => a.labelX - b.labelX);
    expect(first!.labelY).toBeLessThan(first!.y);
    expect(second!.labelY).toBeGreaterThan(second!.y);
    expect(low!.labelY).toBe(first!.labelY);
  });
});
