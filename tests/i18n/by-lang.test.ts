import { describe, expect, it } from 'vitest';
import { byLang, inBothLangs } from '../../src/i18n/by-lang.ts';

describe('byLang(row, key, lang)', () => {
  it('reads the column of the page’s language', () => {
    const row = { title_nl: 'De staatsgreep', title_en: 'The coup' };
    expect([byLang(row, 'title', 'nl'), byLang(row, 'title', 'en')]).toEqual(['De staatsgreep', 'The coup']);
  });
});

describe('inBothLangs(get)', () => {
  it('takes the same dictionary entry from both dictionaries', () => {
    expect(inBothLangs((d) => d.charts.missions.columns.as_of)).toEqual({ nl: 'Peildatum', en: 'As of' });
  });
});
