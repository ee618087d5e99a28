import { describe, expect, it } from 'vitest';
import type { ChartTable } from '../../src/charts/table-model.ts';
import { firstCellSpans, pageLangColumns, readingTable } from '../../src/components/charts/reading-table.ts';
import { sourceLabel } from '../../src/lib/provenance.ts';

const label = (text: string) => ({ nl: text, en: text, fr: text });
const columns = [
  { key: 'region', label: label('Region') },
  { key: 'code', label: label('Code') },
  { key: 'event_type', label: label('ACLED type') },
  { key: 'incidents', label: label('Incidents'), numeric: true },
  { key: 'source_id', label: label('Source') },
  { key: 'locator', label: label('Where') },
];

describe('readingTable(table, lang)', () => {
  it('keeps every row and the columns a reader reads; one source for all rows is said once', () => {
    const full: ChartTable = {
      columns,
      rows: [
        { region: 'Diffa', code: 'NE-2', event_type: 'battles', incidents: 32, source_id: 'cgrs-coi-niger-2025', locator: '§6.3' },
        { region: 'Dosso', code: 'NE-3', event_type: 'battles', incidents: 35, source_id: 'cgrs-coi-niger-2025', locator: '§6.2' },
      ],
    };
    const read = readingTable(full, 'nl');
    expect(read.columns.map((c) => c.key)).toEqual(['region', 'incidents', 'locator']);
    expect(read.rows.map((r) => r.locator)).toEqual(['§6.3', '§6.2']);
    expect(read.source).toBe(sourceLabel('cgrs-coi-niger-2025', 'nl'));
  });

  it('says one source once when the only other rows have no figure and so no source', () => {
    const full: ChartTable = {
      columns,
      rows: [
        { region: 'Diffa', code: 'NE-2', event_type: 'battles', incidents: 32, source_id: 'cgrs-coi-niger-2025', locator: '§6.3' },
        { region: 'Dosso', code: 'NE-3', event_type: 'battles', incidents: null, source_id: null, locator: null },
      ],
    };
    const read = readingTable(full, 'en');
    expect(read.source).toBe(sourceLabel('cgrs-coi-niger-2025', 'en'));
    expect(read.columns.map((c) => c.key)).not.toContain('source_id');
  });

  it('names each row’s source when the rows have several', () => {
    const full: ChartTable = {
      columns,
      rows: [
        { region: 'Niger', code: 'NE', event_type: null, incidents: 1, source_id: 'cgrs-coi-niger-2025', locator: '§3.1' },
        { region: 'Niger', code: 'NE', event_type: null, incidents: 2, source_id: 'be-defence-new-nero', locator: 'Onze missie' },
      ],
    };
    const read = readingTable(full, 'en');
    expect(read.source).toBeNull();
    expect(read.columns.map((c) => c.key)).toContain('source_id');
    expect(read.rows.map((r) => r.source_id)).toEqual([sourceLabel('cgrs-coi-niger-2025', 'en'), sourceLabel('be-defence-new-nero', 'en')]);
  });
});

describe('firstCellSpans(table)', () => {
  it('spans a first cell over the rows that repeat it, and only consecutive ones', () => {
    const rows = ['a', 'a', 'b', 'a', 'a', 'a'].map((region) => ({ region }));
    expect(firstCellSpans({ columns: [{ key: 'region', label: label('R') }], rows })).toEqual([2, 0, 1, 3, 0, 0]);
  });
});

describe('readingTable dates', () => {
  it('writes ISO dates and periods as the page does, and leaves other text alone', () => {
    const full: ChartTable = {
      columns: [
        { key: 'label', label: label('Type') },
        { key: 'period', label: label('Period') },
        { key: 'as_of', label: label('As of') },
      ],
      rows: [{ label: 'Battles', period: '2024-09-01/2025-05-30', as_of: '2024-10' }],
    };
    const read = readingTable(full, 'nl');
    expect(read.rows[0]!.period).not.toContain('2024-09-01');
    expect(read.rows[0]!.period).toMatch(/sep.*2024.*mei.*2025/);
    expect(read.columns.map((c) => c.key)).toEqual(['label', 'period', 'as_of']);
    expect(read.rows[0]!.as_of).toMatch(/oktober 2024|okt/);
    expect(read.rows[0]!.label).toBe('Battles');
  });
});

describe('readingTable qualifiers', () => {
  it('writes qualifier codes as the page’s figures do', () => {
    const full: ChartTable = {
      columns: [
        { key: 'mission', label: label('Mission') },
        { key: 'value_qualifier', label: label('Qualifier') },
        { key: 'qualifier', label: label('Qualifier') },
      ],
      rows: [{ mission: 'US', value_qualifier: 'more_than', qualifier: 'at least' }],
    };
    const read = readingTable(full, 'nl');
    expect(read.rows[0]).toMatchObject({ value_qualifier: 'meer dan', qualifier: 'minstens' });
  });
});

describe('pageLangColumns', () => {
  it('keeps of the columns per language the page’s and the sources’ (Dutch)', () => {
    const table: ChartTable = {
      columns: ['nl', 'en', 'fr'].map((l) => ({ key: `title_${l}`, label: label(l), lang: l as 'nl' | 'en' | 'fr' })).concat([{ key: 'actor', label: label('Actor') } as never]),
      rows: [],
    };
    expect(pageLangColumns(table, 'fr').columns.map((c) => c.key)).toEqual(['title_nl', 'title_fr', 'actor']);
    expect(pageLangColumns(table, 'nl').columns.map((c) => c.key)).toEqual(['title_nl', 'actor']);
  });
});
