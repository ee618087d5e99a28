import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { armedGroupsMapTable, foreignAreaName, foreignAreasByCountry, GROUP_ORDER, groupAreas, listText, mapLabel, parseActiveIn } from '../../src/charts/armed-groups.ts';
import { tableToCsv } from '../../src/charts/table-model.ts';
import { armedGroups, regions } from '../../src/data/select.ts';
import { ui } from '../../src/i18n/index.ts';
import { csvFirst, csvRows } from '../helpers/csv-rows.ts';
import { armedGroupRow, regionRow } from '../helpers/rows.ts';

const words = (lang: 'nl' | 'en') => ui(lang).armedGroups;
const fixtureRegions = [regionRow({ code: 'NE-6', name: 'Tillabéri' }), regionRow({ code: 'NE-5', name: 'Tahoua' }), regionRow({ code: 'NE-3', name: 'Dosso' })];

describe('parseActiveIn(activeIn)', () => {
  it('splits regions, departments per region and areas outside Niger, in data order without repeats', () => {
    expect(parseActiveIn('NE-6; NE-6/Téra; NE-5/Tillia; NE-6/Téra; NG-KE; NE-6/Ayorou; NG-KE')).toEqual({
      regions: ['NE-6', 'NE-5'],
      departments: [
        { region: 'NE-6', names: ['Téra', 'Ayorou'] },
        { region: 'NE-5', names: ['Tillia'] },
      ],
      elsewhere: ['NG-KE'],
    });
  });

  it('gives nothing for an empty field', () => {
    expect(parseActiveIn(null)).toEqual({ regions: [], departments: [], elsewhere: [] });
    expect(parseActiveIn(' ; ')).toEqual({ regions: [], departments: [], elsewhere: [] });
  });
});

describe('groupAreas(armedGroups)', () => {
  it('orders the groups as the chapter shows them, unknown groups last', () => {
    const out = groupAreas([armedGroupRow({ group: 'Newcomers' }), armedGroupRow({ group: 'FPL' }), armedGroupRow({ group: 'JAS' })]);
    expect(out.map((g) => g.group.group)).toEqual(['JAS', 'FPL', 'Newcomers']);
  });

  it('covers every group in data/armed-groups.csv, each with the regions its active_in names', () => {
    const out = groupAreas(armedGroups);
    expect(out.map((g) => g.group.group)).toEqual([...GROUP_ORDER]);
    expect(out.map((g) => g.group.group).sort()).toEqual(csvRows('armed-groups.csv').map((r) => r.group).sort());
    const jnim = out.find((g) => g.group.group === 'JNIM')!;
    const csvCodes = csvFirst('armed-groups.csv', { group: 'JNIM' }).active_in!.split(';').map((s) => s.trim().split('/')[0]!);
    expect(jnim.regions).toEqual([...new Set(csvCodes)]);
  });
});

describe('names of areas in the page’s language', () => {
  it('names a Nigerian state with its country from the words, and shows an unknown code as it is', () => {
    expect(foreignAreaName('NG-KE', words('en'))).toBe('Kebbi (Nigeria)');
    expect(foreignAreaName('XX-1', words('nl'))).toBe('XX-1');
    expect(foreignAreasByCountry(['NG-KE', 'NG-SO', 'XX-1'], words('nl'))).toEqual([
      { country: 'Nigeria', names: ['Kebbi', 'Sokoto'] },
      { country: 'Buiten Niger', names: ['XX-1'] },
    ]);
  });

  it('joins lists with the language’s “and”', () => {
    expect(listText(['Tillabéri', 'Tahoua', 'Dosso'], words('nl'))).toBe('Tillabéri, Tahoua en Dosso');
    expect(listText(['Tillabéri', 'Tahoua'], words('en'))).toBe('Tillabéri and Tahoua');
    expect(listText(['Dosso'], words('en'))).toBe('Dosso');
    expect(listText([], words('en'))).toBe('');
  });
});

describe('mapLabel(name, areas, regions, words)', () => {
  it('names the highlighted regions and the areas abroad', () => {
    expect(mapLabel('ISSP', parseActiveIn('NE-6; NE-5/Tillia'), fixtureRegions, words('en'))).toBe('Map of Niger, ISSP: Tillabéri and Tahoua highlighted');
    expect(mapLabel('Lakurawa', parseActiveIn('NG-KE; NG-SO'), fixtureRegions, words('nl'))).toBe('Kaart van Niger, Lakurawa: geen regio gemarkeerd; actief buiten Niger in Kebbi en Sokoto (Nigeria)');
  });

  it('says when the source names no area at all', () => {
    expect(mapLabel('FPL', parseActiveIn(null), fixtureRegions, words('en'))).toBe('Map of Niger, FPL: no region highlighted, the source names no area');
  });
});

describe('armedGroupsMapTable(armedGroups, regions, english)', () => {
  it('has one row per group in the chapter’s order, with regions by name and code; the CSV round-trips', () => {
    const csv = tableToCsv(armedGroupsMapTable(armedGroups, regions, words('en')));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.group)).toEqual([...GROUP_ORDER]);
    const mplj = rows.find((r) => r.group === 'MPLJ')!;
    expect(mplj.regions).toBe(`${csvFirst('regions.csv', { code: 'NE-1' }).name} (NE-1)`);
    expect(mplj.departments).toBe(`Bilma (${csvFirst('regions.csv', { code: 'NE-1' }).name})`);
    expect(rows.find((r) => r.group === 'Lakurawa')).toMatchObject({ regions: '', outside_niger: 'Kebbi (Nigeria); Sokoto (Nigeria)' });
    expect(rows.find((r) => r.group === 'FPL')).toMatchObject({ regions: '', departments: '', outside_niger: '' });
    for (const r of rows) expect(r.locator).toBe(csvFirst('armed-groups.csv', { group: r.group! }).locator);
  });
});
