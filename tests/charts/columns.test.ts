import { describe, expect, it } from 'vitest';
import { labelledColumns } from '../../src/charts/columns.ts';

describe('labelledColumns(keys, labels, numeric)', () => {
  it('labels each key in both languages and marks only the numeric ones', () => {
    const labels = { nl: { date: 'Datum', count: 'Aantal' }, en: { date: 'Date', count: 'Number' }, fr: { date: 'Date', count: 'Nombre' } };
    expect(labelledColumns(['date', 'count'], labels, ['count'])).toEqual([
      { key: 'date', label: { nl: 'Datum', en: 'Date', fr: 'Date' } },
      { key: 'count', label: { nl: 'Aantal', en: 'Number', fr: 'Nombre' }, numeric: true },
    ]);
  });
});
