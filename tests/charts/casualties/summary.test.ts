import { describe, expect, it } from 'vitest';
import { casualtySummary } from '../../../src/charts/casualties/summary.ts';
import { ui } from '../../../src/i18n/index.ts';
import { ATTACKS } from '../../helpers/casualty-attacks.ts';

describe('casualtySummary(attacks, words, lang)', () => {
  it('states every attack and every figure in words, in English', () => {
    expect(casualtySummary(ATTACKS, ui('en').charts.casualties, 'en')).toBe(
      'Dot plot of the death tolls of 2 attacks, by who reported them. ' +
        'December 2024 · near Petel Kolé (Téra), suspected ISSP: soldiers: official at least 10, other sources more than 100; civilians: other sources 20 to 30. ' +
        '16 March 2025 · Chetima Wangou (Diffa), ISWAP: soldiers: official 4, attackers’ claim at most 15; all deaths: ACLED 15.',
    );
  });

  it('speaks Dutch on the Dutch page, and has a sentence for a single attack', () => {
    const nl = casualtySummary(ATTACKS.slice(1), ui('nl').charts.casualties, 'nl');
    expect(nl.startsWith(ui('nl').charts.casualties.summaryOne)).toBe(true);
    expect(nl).toContain('soldaten: officieel 4, claim aanvallers maximaal 15; alle doden: ACLED 15.');
  });
});
