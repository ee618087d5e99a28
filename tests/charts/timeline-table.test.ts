import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/charts/table-model.ts';
import { timelineTable } from '../../src/charts/timeline-table.ts';
import { timeline } from '../../src/data/select.ts';
import { inBothLangs } from '../../src/i18n/by-lang.ts';
import { csvRows } from '../helpers/csv-rows.ts';
import { timelineRow } from '../helpers/rows.ts';

const columns = inBothLangs((w) => w.charts.timeline.columns);

describe('timelineTable(timeline, columns)', () => {
  it('lists the events in date order, whatever order they come in', () => {
    const table = timelineTable([timelineRow({ date: '2024-03', title_en: 'c' }), timelineRow({ date: '2001', title_en: 'a' }), timelineRow({ date: '2023-07-26', title_en: 'b' })], columns);
    expect(table.rows.map((r) => [r.date, r.title_en])).toEqual([
      ['2001', 'a'],
      ['2023-07-26', 'b'],
      ['2024-03', 'c'],
    ]);
  });

  it('adds each event’s lane and era', () => {
    const [row] = timelineTable([timelineRow({ date: '2023-07-26', actor: 'Netherlands' })], columns).rows;
    expect(row).toMatchObject({ lane: 'netherlands', era: 'coup' });
  });

  it('holds every row of data/timeline.csv with both titles and its provenance, and its CSV round-trips', () => {
    const table = timelineTable(timeline, columns);
    const parsed = Papa.parse<Record<string, string>>(tableToCsv(table), { header: true, skipEmptyLines: true }).data;
    const key = (r: Record<string, string | number | null>) => [r.date, r.actor, r.title_nl, r.title_en, r.source_id, r.locator].join('|');
    expect(parsed.map(key).sort()).toEqual(csvRows('timeline.csv').map(key).sort());
    const dates = parsed.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it('labels its columns in both languages', () => {
    const table = timelineTable([], columns);
    expect(table.columns.find((c) => c.key === 'date')!.label).toEqual({ nl: columns.nl.date, en: columns.en.date });
    expect(table.columns.map((c) => c.key)).toEqual(['date', 'actor', 'title_nl', 'title_en', 'category', 'lane', 'era', 'source_id', 'locator']);
  });
});
