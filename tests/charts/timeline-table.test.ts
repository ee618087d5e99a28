import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/charts/table-model.ts';
import { timelineTable } from '../../src/charts/timeline-table.ts';
import { eventTitleText } from '../../src/content/timeline-titles.ts';
import { timeline } from '../../src/data/select.ts';
import { perLang } from '../../src/i18n/by-lang.ts';
import { csvRows } from '../helpers/csv-rows.ts';
import { timelineRow } from '../helpers/rows.ts';

const columns = perLang((w) => w.charts.timeline.columns);
/** Titles for planted rows: the id, upper-case in Dutch, with the language appended in French. */
const titleOf = (id: string, lang: string) => (lang === 'nl' ? id.toUpperCase() : lang === 'fr' ? `${id} (fr)` : id);

describe('timelineTable(timeline, titleOf, columns)', () => {
  it('lists the events in date order, whatever order they come in', () => {
    const table = timelineTable([timelineRow({ id: 'c', date: '2024-03' }), timelineRow({ id: 'a', date: '2001' }), timelineRow({ id: 'b', date: '2023-07-26' })], titleOf, columns);
    expect(table.rows.map((r) => [r.date, r.title_en])).toEqual([
      ['2001', 'a'],
      ['2023-07-26', 'b'],
      ['2024-03', 'c'],
    ]);
  });

  it('adds each event’s lane and era', () => {
    const [row] = timelineTable([timelineRow({ date: '2023-07-26', actor: 'Netherlands' })], titleOf, columns).rows;
    expect(row).toMatchObject({ lane: 'netherlands', era: 'coup' });
  });

  it('takes each event’s title in every language from titleOf', () => {
    const [row] = timelineTable([timelineRow({ id: 'coup' })], titleOf, columns).rows;
    expect(row).toMatchObject({ title_nl: 'COUP', title_en: 'coup', title_fr: 'coup (fr)' });
  });

  it('holds every row of data/timeline.csv with its titles from the content and its provenance, and its CSV round-trips', () => {
    const table = timelineTable(timeline, eventTitleText, columns);
    const parsed = Papa.parse<Record<string, string>>(tableToCsv(table), { header: true, skipEmptyLines: true }).data;
    const key = (r: Record<string, string | number | null>) => [r.date, r.actor, r.source_id, r.locator].join('|');
    expect(parsed.map(key).sort()).toEqual(csvRows('timeline.csv').map(key).sort());
    const coup = parsed.find((r) => r.date === '2023-07-26')!;
    expect([coup.title_nl, coup.title_en, coup.title_fr]).toEqual([eventTitleText('2023-07-26-presidential-guard-ousts', 'nl'), eventTitleText('2023-07-26-presidential-guard-ousts', 'en'), eventTitleText('2023-07-26-presidential-guard-ousts', 'fr')]);
    expect(coup.title_en).toMatch(/^Presidential guard ousts Bazoum/);
    expect(coup.title_fr).toMatch(/^La garde présidentielle renverse Bazoum/);
    const dates = parsed.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it('labels its columns in every language, with a title column per language', () => {
    const table = timelineTable([], titleOf, columns);
    expect(table.columns.find((c) => c.key === 'date')!.label).toEqual({ nl: columns.nl.date, en: columns.en.date, fr: columns.fr.date });
    expect(table.columns.map((c) => c.key)).toEqual(['date', 'actor', 'title_nl', 'title_en', 'title_fr', 'category', 'lane', 'era', 'source_id', 'locator']);
  });
});
