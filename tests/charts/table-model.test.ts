import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCell, tableToCsv, type ChartTable } from '../../src/charts/table-model.ts';

const label = (text: string) => ({ nl: text, en: text, fr: text });
const table: ChartTable = {
  columns: [
    { key: 'place', label: label('Place') },
    { key: 'deaths', label: label('Deaths'), numeric: true },
    { key: 'note', label: label('Note') },
  ],
  rows: [
    { place: 'Tillabéri, Ayorou', deaths: 1234567, note: 'said "about" 40\nin §6.1' },
    { place: 'Niamey', deaths: null, note: null },
  ],
};

describe('tableToCsv(table)', () => {
  const csv = tableToCsv(table);

  it('round-trips through Papa.parse: commas, quotes and line breaks inside fields survive', () => {
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['place', 'deaths', 'note']);
    expect(parsed.data).toEqual([
      { place: 'Tillabéri, Ayorou', deaths: '1234567', note: 'said "about" 40\nin §6.1' },
      { place: 'Niamey', deaths: '', note: '' },
    ]);
  });

  it('writes numbers without locale separators and ends with a newline', () => {
    expect(csv).toContain(',1234567,');
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.split('\n')[0]).toBe('place,deaths,note');
  });
});

describe('formatCell(value, numeric, lang, empty)', () => {
  it('formats numeric cells in the page’s language and leaves text as it is', () => {
    expect(formatCell(1234567, true, 'nl', '–')).toBe('1.234.567');
    expect(formatCell(1234567, true, 'en', '–')).toBe('1,234,567');
    expect(formatCell(2024, false, 'en', '–')).toBe('2024');
    expect(formatCell('§6.1', false, 'nl', '–')).toBe('§6.1');
  });

  it('shows the given placeholder for an empty cell', () => {
    expect(formatCell(null, true, 'nl', '–')).toBe('–');
    expect(formatCell('', false, 'en', 'n/a')).toBe('n/a');
  });
});

