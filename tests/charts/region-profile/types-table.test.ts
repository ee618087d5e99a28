import { describe, expect, it } from 'vitest';
import { typeRows } from '../../../src/charts/region-profile/types-table.ts';
import { acledNiger, CURRENT } from '../../../src/data/select.ts';
import { TYPE_ORDER } from '../../../src/lib/labels.ts';
import { csvWhere, num } from '../../helpers/csv-rows.ts';
import { acledRow } from '../../helpers/rows.ts';

const row = (r: Parameters<typeof acledRow>[0]) => acledRow({ area: 'NE-3', ...r });

describe('typeRows(acled, code)', () => {
  it('merges rows that give the same count (locators add up) and shows both of two differing counts', () => {
    const rows = typeRows(
      [
        row({ event_type: 'battles', incidents: 20, fatalities: 50, locator: '§6.2, Tabel 1' }),
        row({ event_type: 'battles', incidents: 20, locator: '§4' }),
        row({ event_type: 'violence_against_civilians', incidents: 12, locator: '§6.2' }),
        row({ event_type: 'violence_against_civilians', incidents: 13, locator: '§4' }),
      ],
      'NE-3',
    );
    expect(rows.map((r) => [r.event_type, r.incidents, r.fatalities, r.rows.map((x) => x.locator), r.conflicting])).toEqual([
      ['battles', 20, 50, ['§6.2, Tabel 1', '§4'], false],
      ['violence_against_civilians', 12, null, ['§6.2'], true],
      ['violence_against_civilians', 13, null, ['§4'], true],
    ]);
  });

  it('follows the order of the types, puts a sub-type under its type (adding an empty one) and actors under both', () => {
    const rows = typeRows(
      [
        row({ event_type: 'violence_against_civilians', sub_event_type: 'attack', actor: 'ISSP', incidents: 9 }),
        row({ event_type: 'violence_against_civilians', sub_event_type: 'attack', incidents: 11 }),
        row({ event_type: 'battles', incidents: 20 }),
      ],
      'NE-3',
    );
    expect(rows.map((r) => [r.event_type, r.sub_event_type, r.actor, r.level, r.incidents])).toEqual([
      ['battles', 'all', 'all', 0, 20],
      ['violence_against_civilians', 'all', 'all', 0, null],
      ['violence_against_civilians', 'attack', 'all', 1, 11],
      ['violence_against_civilians', 'attack', 'ISSP', 2, 9],
    ]);
  });

  it('leaves out departments, other periods, other regions, and every row whose scope is not `total`', () => {
    const rows = typeRows(
      [
        row({ event_type: 'battles', incidents: 1, department: 'Gaya' }),
        row({ event_type: 'battles', incidents: 2, period_start: '2024-01-01', period_end: '2024-12-31' }),
        row({ event_type: 'battles', incidents: 3, area: 'NE-6' }),
        row({ event_type: 'battles', incidents: 4, scope: 'place', place: 'Manseyka' }),
        row({ event_type: 'battles', incidents: 5, scope: 'part' }),
        row({ event_type: 'battles', incidents: 6, scope: 'event' }),
      ],
      'NE-3',
    );
    expect(rows).toEqual([]);
  });

  it('keeps a total whose note mentions a locality (the note is not read)', () => {
    const rows = typeRows([row({ event_type: 'battles', incidents: 7, note: 'LOCALITY: one town' })], 'NE-3');
    expect(rows.map((r) => r.incidents)).toEqual([7]);
  });

  it('gives Tahoua’s battles only the regional total, not the five in one locality (§6.4)', () => {
    const csv = csvWhere('acled-niger.csv', { period_start: CURRENT.start, period_end: CURRENT.end, area: 'NE-5', department: '', event_type: 'battles', sub_event_type: 'all', actor: 'all' });
    const totals = csv.filter((r) => r.scope === 'total').map((r) => num(r.incidents));
    expect(csv.some((r) => r.scope === 'place')).toBe(true);
    const battles = typeRows(acledNiger, 'NE-5').filter((r) => r.event_type === 'battles' && r.sub_event_type === 'all' && r.actor === 'all');
    expect(battles.map((r) => r.incidents)).toEqual([...new Set(totals)]);
  });

  it('shows every distinct region-wide total data/acled-niger.csv gives for Dosso', () => {
    const rows = typeRows(acledNiger, 'NE-3');
    const known = new Set(TYPE_ORDER.map(([e, s]) => `${e}/${s}`));
    const csv = csvWhere('acled-niger.csv', { period_start: CURRENT.start, period_end: CURRENT.end, area: 'NE-3', department: '' }).filter((r) => known.has(`${r.event_type}/${r.sub_event_type}`) && r.scope === 'total');
    const distinct = new Set(csv.map((r) => `${r.event_type}/${r.sub_event_type}/${r.actor}/${num(r.incidents) ?? '-'}`));
    expect(new Set(rows.filter((r) => r.rows.length > 0).map((r) => r.key))).toEqual(distinct);
    expect(rows.reduce((n, r) => n + r.rows.length, 0)).toBe(csv.length);
  });
});
