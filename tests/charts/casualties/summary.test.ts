import { describe, expect, it } from 'vitest';
import { casualtyChartKind } from '../../../src/charts/casualties/summary.ts';
import { ui } from '../../../src/i18n/index.ts';
import { ATTACKS } from '../../helpers/casualty-attacks.ts';

describe('casualtyChartKind(attacks, words)', () => {
  it('says what kind of chart it is and how many attacks it shows, in English', () => {
    expect(casualtyChartKind(ATTACKS, ui('en').charts.casualties)).toBe('Dot plot of the death tolls of 2 attacks, by who reported them.');
  });

  it('speaks Dutch on the Dutch page, and has a sentence for a single attack', () => {
    expect(casualtyChartKind(ATTACKS.slice(1), ui('nl').charts.casualties)).toBe(ui('nl').charts.casualties.summaryOne);
  });

  it('lists no attack and no figure: they are in the data table', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = casualtyChartKind(ATTACKS, ui(lang).charts.casualties);
      expect(text).not.toMatch(/Petel|Chetima|ISWAP|\b(4|10|15|100)\b/);
    }
  });
});
