import { describe, expect, it } from 'vitest';
import { casualtyKey, casualtyLegend } from '../../../src/charts/casualties/key.ts';
import { ui } from '../../../src/i18n/index.ts';
import { ATTACKS } from '../../helpers/casualty-attacks.ts';

const words = (lang: 'nl' | 'en') => ui(lang).charts.casualties;

describe('casualtyKey(attacks, words)', () => {
  it('lists only the reporters the attacks use, then the arrows their open figures need', () => {
    expect(casualtyKey(ATTACKS, words('en'))).toEqual([
      { reporter: 'official', label: 'Official (government, army)' },
      { reporter: 'claimed_by_perpetrator', label: 'Claimed by the attackers' },
      { reporter: 'other_sources', label: 'Other sources' },
      { reporter: 'acled', label: 'ACLED' },
      { arrow: 1, label: 'more than or at least' },
      { arrow: -1, label: 'at most' },
    ]);
  });

  it('needs no arrow for exact figures, and speaks the page’s language', () => {
    const exactOnly = ATTACKS.slice(1).map((a) => ({ ...a, figures: a.figures.filter((f) => f.bound === 'exact') }));
    expect(casualtyKey(exactOnly, words('nl'))).toEqual([
      { reporter: 'official', label: 'Officieel (regering, leger)' },
      { reporter: 'acled', label: 'ACLED' },
    ]);
  });
});

describe('casualtyLegend(attacks, words)', () => {
  it('gives each key entry the mark the chart draws, as SVG', () => {
    const legend = casualtyLegend(ATTACKS, words('en'));
    expect(legend.map((l) => l.label)).toEqual(casualtyKey(ATTACKS, words('en')).map((k) => k.label));
    expect(legend[0]!.swatch).toBe('rep-0');
    for (const item of legend) expect(item.mark).toMatch(/^<path class="cas-(mark|arrow)" d="M[^"]+"><\/path>/);
  });
});
