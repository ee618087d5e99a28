import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/charts/table-model.ts';
import { civilianTargetingRemainder, civilianTargetingActors, civilianTargetingBars, civilianTargetingTable, violenceByTypeBars, violenceByTypeTable } from '../../src/charts/violence.ts';
import { acledNiger, CURRENT, PREVIOUS } from '../../src/data/select.ts';
import type { AcledCount } from '../../src/data/types.ts';
import { TYPE_ORDER } from '../../src/lib/labels.ts';
import { csvWhere, num } from '../helpers/csv-rows.ts';
import { acledRow } from '../helpers/rows.ts';

/** The national count of one type in one period, as the first row of data/acled-niger.csv that states it. */
function csvIncidents(period: { start: string; end: string }, event_type: string, sub_event_type: string): number | null {
  const rows = csvWhere('acled-niger.csv', { period_start: period.start, period_end: period.end, area: 'NE', department: '', event_type, sub_event_type, actor: 'all' });
  return num(rows.find((r) => r.incidents !== '')?.incidents);
}

describe('violenceByTypeBars(acled, lang)', () => {
  const bars = violenceByTypeBars(acledNiger, 'en');

  it('has one bar pair per type and sub-type, current period first, each the count data/acled-niger.csv gives', () => {
    expect(bars.map((b) => b.category)).toEqual(TYPE_ORDER.map(([e, s]) => `${e}/${s}`));
    for (const [i, [e, s]] of TYPE_ORDER.entries()) {
      expect(bars[i]!.values, `${e}/${s}`).toEqual([csvIncidents(CURRENT, e, s), csvIncidents(PREVIOUS, e, s)]);
    }
    expect(bars[0]!.values[0]).toBe(123); // battles, §4
  });

  it('leaves a bar empty where the source gives no count, rather than drawing zero', () => {
    const sparse = violenceByTypeBars([acledRow({ event_type: 'battles', incidents: 7 })], 'en');
    expect(sparse[0]!.values).toEqual([7, null]);
    expect(sparse[0]!.valueLabels).toEqual(['7', '']);
    expect(sparse[1]!.values).toEqual([null, null]);
  });

  it('labels the types in the page’s language, sub-types marked as such', () => {
    const nl = violenceByTypeBars(acledNiger, 'nl');
    expect(nl[0]!.label).toBe('Gevechten (battles)');
    expect(bars[0]!.label).toBe('Battles');
    expect(bars[1]!.label.startsWith('– ')).toBe(true);
  });
});

describe('violenceByTypeTable(acled)', () => {
  it('has a row per type and period with its locator, and its CSV round-trips', () => {
    const table = violenceByTypeTable(acledNiger);
    expect(table.rows).toHaveLength(TYPE_ORDER.length * 2);
    const parsed = Papa.parse<Record<string, string>>(tableToCsv(table), { header: true, skipEmptyLines: true }).data;
    const battlesNow = parsed.find((r) => r.event_type === 'battles' && r.sub_event_type === 'all' && r.period === `${CURRENT.start}/${CURRENT.end}`)!;
    expect(num(battlesNow.incidents)).toBe(csvIncidents(CURRENT, 'battles', 'all'));
    expect(battlesNow.locator).toBe('§4');
  });
});

describe('civilianTargetingActors(acled) and its bars and table', () => {
  const named = csvWhere('acled-niger.csv', { period_start: CURRENT.start, period_end: CURRENT.end, area: 'NE', department: '', event_type: 'civilian_targeting' }).filter((r) => r.actor !== 'all');

  it('lists every named actor of data/acled-niger.csv with its count, largest first', () => {
    const actors = civilianTargetingActors(acledNiger);
    expect(actors.map((a) => [a.actor, a.incidents]).sort()).toEqual(named.map((r) => [r.actor, num(r.incidents)]).sort());
    const counts = actors.map((a) => a.incidents ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('leaves out the total, other periods and regions', () => {
    const rows = [
      acledRow({ event_type: 'civilian_targeting', actor: 'all', incidents: 100 }),
      acledRow({ event_type: 'civilian_targeting', actor: 'ISSP', incidents: 5, area: 'NE-6' }),
      acledRow({ event_type: 'civilian_targeting', actor: 'ISSP', incidents: 6, period_start: PREVIOUS.start, period_end: PREVIOUS.end }),
      acledRow({ event_type: 'civilian_targeting', actor: 'JNIM', incidents: 3 }),
      acledRow({ event_type: 'civilian_targeting', actor: 'ISSP', incidents: 9 }),
    ];
    expect(civilianTargetingActors(rows).map((r) => [r.actor, r.incidents])).toEqual([
      ['ISSP', 9],
      ['JNIM', 3],
    ]);
  });

  it('names actors in the page’s language in the bars, in English in the table', () => {
    const rows = [
      acledRow({ event_type: 'civilian_targeting', actor: 'all', incidents: 20 }),
      acledRow({ event_type: 'civilian_targeting', actor: 'ongeïdentificeerde gewapende groepen', incidents: 11 }),
    ];
    expect(civilianTargetingBars(rows, 'nl', 'Overige')[0]!.label).toBe('Niet-geïdentificeerde gewapende groepen');
    expect(civilianTargetingBars(rows, 'en', 'Other')[0]!.label).not.toBe(civilianTargetingBars(rows, 'nl', 'Overige')[0]!.label);
    expect(civilianTargetingTable(rows).rows[0]!.actor).toBe(civilianTargetingBars(rows, 'en', 'Other')[0]!.label);
  });
});

const row = (actor: string, incidents: number | null): AcledCount => ({
  period_start: '2024-09-01',
  period_end: '2025-05-30',
  area: 'NE',
  department: null,
  event_type: 'civilian_targeting',
  sub_event_type: 'all',
  actor,
  incidents,
  fatalities: null,
  source_id: 'cgrs-coi-niger-2025',
  locator: '§5',
  note: null,
});

describe('civilian targeting by actor', () => {
  const rows = [row('all', 101), row('ISSP', 52), row('JNIM', 13), row('ISWAP', 5)];

  it('derives the incidents no named actor accounts for, from the total', () => {
    const rest = civilianTargetingRemainder(rows);
    expect(rest.value).toBe(101 - 52 - 13 - 5);
    expect(rest.named.map((r) => r.actor)).toEqual(['ISSP', 'JNIM', 'ISWAP']);
  });

  it('shows the remainder as a bar of its own, after the named actors', () => {
    const bars = civilianTargetingBars(rows, 'en', 'Other or not named (derived)');
    expect(bars.map((b) => [b.label, b.values[0]])).toEqual([
      ['ISSP', 52],
      ['JNIM', 13],
      ['ISWAP', 5],
      ['Other or not named (derived)', 31],
    ]);
  });

  it('refuses named actors that add up to more than the total, and a total that is missing', () => {
    expect(() => civilianTargetingRemainder([row('all', 10), row('ISSP', 52)])).toThrow(/exceed/);
    expect(() => civilianTargetingRemainder([row('ISSP', 52)])).toThrow(/no total/);
  });
});
