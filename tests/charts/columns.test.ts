import { describe, expect, it } from 'vitest';
import { labelledColumns } from '../../src/charts/columns.ts';
import { byLang, inBothLangs } from '../../src/i18n/by-lang.ts';

describe('labelledColumns(keys, labels, numeric)', () => {
  it('labels each key in both languages and marks only the numeric ones', () => {
    const labels = { nl: { date: 'Datum', count: 'Aantal' }, en: { date: 'Date', count: 'Number' } };
    expect(labelledColumns(['date', 'count'], labels, ['count'])).toEqual([
      { key: 'date', label: { nl: 'Datum', en: 'Date' } },
      { key: 'count', label: { nl: 'Aantal', en: 'Number' }, numeric: true },
    ]);
  });
});

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
