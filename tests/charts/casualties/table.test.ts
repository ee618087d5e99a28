import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { disputedAttacks } from '../../../src/charts/casualties/attacks.ts';
import { casualtyTable } from '../../../src/charts/casualties/table.ts';
import { tableToCsv } from '../../../src/charts/table-model.ts';
import { incidents, regions } from '../../../src/data/select.ts';
import { ui } from '../../../src/i18n/index.ts';
import { ATTACKS } from '../../helpers/casualty-attacks.ts';
import { csvRows } from '../../helpers/csv-rows.ts';

const english = ui('en').charts.casualties;
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('casualtyTable(attacks, english)', () => {
  it('has one row per incident row behind a figure, in English, and its CSV round-trips', () => {
    const rows = parse(tableToCsv(casualtyTable(ATTACKS, english)));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ attack: 'December 2024 · near Petel Kolé (Téra)', attacker: 'suspected ISSP', victims: 'soldiers', reported_by: 'official', deaths_min: '10', deaths_max: '', bound: 'at least' });
    expect(rows.find((r) => r.bound === 'at most')).toMatchObject({ deaths_min: '', deaths_max: '15', reported_by: 'claimed_by_perpetrator' });
  });

  it('carries, for the real chart, each figure as data/incidents.csv states it, with its locator', () => {
    const rows = parse(tableToCsv(casualtyTable(disputedAttacks(incidents, regions), english)));
    const source = csvRows('incidents.csv');
    const key = (r: Record<string, string | undefined>) => [r.date, r.deaths_by ?? r.reported_by, r.deaths_min, r.deaths_max, r.source_id, r.locator].join('|');
    const keys = new Set(source.map(key));
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(keys.has(key(r)), key(r)).toBe(true);
  });

  it('reads in the page’s language when given one: attack, attacker and reporter in words, the values unchanged', () => {
    const dutch = casualtyTable(ATTACKS, ui('nl').charts.casualties, 'nl');
    const codes = casualtyTable(ATTACKS, english);
    expect(dutch.rows[0]).toMatchObject({ attacker: 'vermoedelijk ISSP', victims: 'soldaten', reported_by: ui('nl').charts.casualties.reporters.official, deaths_min: 10 });
    expect(String(dutch.rows[0]!.attack)).toMatch(/^December 2024 · nabij Petel Kolé/);
    expect(dutch.rows.map((r) => [r.deaths_min, r.deaths_max, r.locator])).toEqual(codes.rows.map((r) => [r.deaths_min, r.deaths_max, r.locator]));
  });
});
