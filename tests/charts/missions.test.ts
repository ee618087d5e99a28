import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dutchMandates, kindLabel, mandatesTable, minusmaParts, missionName, personnelInNiger, personnelTable, toBars, valueLabel } from '../../src/charts/missions.ts';
import { tableToCsv } from '../../src/charts/table-model.ts';
import { deployments } from '../../src/data/select.ts';
import { perLang } from '../../src/i18n/by-lang.ts';
import { ui } from '../../src/i18n/index.ts';
import { csvFirst, csvWhere, num } from '../helpers/csv-rows.ts';
import { deploymentRow } from '../helpers/rows.ts';

const words = (lang: 'nl' | 'en') => ui(lang).charts.missions;
const columns = perLang((w) => w.charts.missions.columns);

describe('personnelInNiger(rows)', () => {
  it('takes the people in Niger for the US, EUCAP, New Nero and Africa Corps from data/deployments.csv', () => {
    const expected = [
      csvFirst('deployments.csv', { mission: 'US forces in Niger', figure_kind: 'troops' }),
      csvFirst('deployments.csv', { mission: 'EUCAP Sahel Niger', contributor: 'EU', figure_kind: 'staff' }),
      csvFirst('deployments.csv', { mission: 'Operation New Nero', figure_kind: 'deployed' }),
      csvFirst('deployments.csv', { mission: 'Africa Corps', figure_kind: 'deployed' }),
    ];
    expect(personnelInNiger(deployments).map(({ row }) => [row.mission, row.value, row.value_qualifier, row.locator])).toEqual(
      expected.map((r) => [r.mission, num(r.value), r.value_qualifier, r.locator]),
    );
  });

  it('fails the build when one of them is missing', () => {
    expect(() => personnelInNiger(deployments.filter((d) => d.mission !== 'Africa Corps'))).toThrow(/Africa Corps/);
  });
});

describe('dutchMandates(rows) and minusmaParts(rows)', () => {
  it('chart the Dutch mandate ceilings, largest first, without MINUSMA’s parts', () => {
    const ceilings = csvWhere('deployments.csv', { contributor: 'Netherlands', figure_kind: 'mandate_max' }).filter((r) => !r.locator!.includes('('));
    expect(dutchMandates(deployments).map(({ row }) => [row.mission, row.value])).toEqual(
      ceilings.map((r) => [r.mission, num(r.value)!] as const).sort((a, b) => b[1] - a[1]),
    );
  });

  it('name MINUSMA’s parts by the bracket in their locator, in the page’s language', () => {
    const parts = minusmaParts(deployments);
    const csv = csvWhere('deployments.csv', { mission: 'MINUSMA', figure_kind: 'mandate_max' }).filter((r) => r.locator!.includes('('));
    expect(parts.map(({ row }) => row.value)).toEqual(csv.map((r) => num(r.value)));
    expect(parts.map((p) => p.label(words('en')))).toContain('staff officers');
    expect(parts.map((p) => p.label(words('nl')))).not.toContain('staff officers');
  });

  it('sort by value and keep only Dutch ceilings', () => {
    const rows = [
      deploymentRow({ mission: 'A', value: 5 }),
      deploymentRow({ mission: 'B', value: 50 }),
      deploymentRow({ mission: 'C', value: 500, contributor: 'Belgium' }),
      deploymentRow({ mission: 'D', value: 20, figure_kind: 'staff' }),
      deploymentRow({ mission: 'E', value: 7, locator: '§2 (part)' }),
    ];
    expect(dutchMandates(rows).map(({ row }) => row.mission)).toEqual(['B', 'A']);
  });
});

describe('toBars(items, lang, words) and valueLabel', () => {
  it('names the personnel bars with the words it is given', () => {
    const [us] = toBars(personnelInNiger(deployments), 'en', words('en'), false);
    expect(us!.label).toBe('US: American troops');
    expect(toBars(personnelInNiger(deployments), 'nl', words('nl'), false)[0]!.label).toBe('VS: Amerikaanse militairen');
  });

  it('adds the kind of figure and its date from the words when describing', () => {
    const [us] = toBars(personnelInNiger(deployments), 'nl', words('nl'));
    expect(us!.label).toMatch(/^VS: Amerikaanse militairen \(militairen, /);
    const undated = toBars([{ row: deploymentRow({ figure_kind: 'staff' }), label: () => 'X' }], 'en', words('en'));
    expect(undated[0]!.label).toBe('X (staff, undated)');
  });

  it('falls back to the mission’s own name where the words have none', () => {
    const bars = toBars(dutchMandates(deployments), 'en', { ...words('en'), names: {} }, false);
    // A mandate's label is the mission's name, then until when it runs (see 'Dutch mandates' below).
    const names = dutchMandates(deployments).map((m) => m.row.mission);
    expect(names).toContain('Task Force Takuba');
    expect(bars.map((b) => b.label.slice(0, b.label.indexOf(': ')))).toEqual(names);
    const bare = toBars(dutchMandates(deployments), 'en', { ...words('en'), names: {}, mandate: { extended: '{name}', notExtended: '{name}' } }, false);
    expect(bare.map((b) => b.label)).toEqual(names);
    expect(missionName('Unknown mission', words('en'))).toBe('Unknown mission');
    expect(kindLabel('unknown_kind', words('nl'))).toBe('unknown_kind');
  });

  it('marks approximate, lower and upper bounds before the number, in the page’s number format', () => {
    expect(valueLabel(deploymentRow({ value: 1000, value_qualifier: 'more_than' }), 'nl')).toBe('> 1.000');
    expect(valueLabel(deploymentRow({ value: 1000, value_qualifier: 'approx' }), 'en')).toBe('≈ 1,000');
    expect(valueLabel(deploymentRow({ value: 16, value_qualifier: 'at_most' }), 'en')).toBe('≤ 16');
    expect(valueLabel(deploymentRow({ value: 16, value_qualifier: 'exact' }), 'en')).toBe('16');
  });
});

describe('personnelTable and mandatesTable', () => {
  it('carry each figure with its qualifier and provenance; the CSV round-trips', () => {
    for (const [table, items] of [
      [personnelTable(deployments, columns), personnelInNiger(deployments)],
      [mandatesTable(deployments, columns), dutchMandates(deployments)],
    ] as const) {
      const rows = Papa.parse<Record<string, string>>(tableToCsv(table), { header: true, skipEmptyLines: true }).data;
      expect(rows.map((r) => [r.mission, num(r.value), r.value_qualifier, r.locator])).toEqual(items.map(({ row }) => [row.mission, row.value, row.value_qualifier, row.locator]));
    }
  });
});

describe('Dutch mandates: until when each runs', () => {
  it('says until when each Dutch mandate runs, and that Takuba’s is not extended', () => {
    const labels = toBars(dutchMandates(deployments, 'en'), 'en', words('en'), false).map((b) => b.label);
    expect(labels).toContain('Task Force Takuba: ends December 2022, not extended');
    expect(labels).toContain('MINUSMA: extended to 30 June 2024');
    const nl = toBars(dutchMandates(deployments, 'nl'), 'nl', words('nl'), false).map((b) => b.label);
    expect(nl).toContain('Taakgroep Takuba: loopt af in december 2022, niet verlengd');
  });
});
