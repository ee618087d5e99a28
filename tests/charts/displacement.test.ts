import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countryLabel, idpBars, idpRegions, idpTable, idpTotal, idpUnassigned, refugeeBars, refugeeOrigins, refugeeOtherShare, refugeeTable, refugeeTotal } from '../../src/charts/displacement.ts';
import { tableToCsv } from '../../src/charts/table-model.ts';
import { displacement, regions } from '../../src/data/select.ts';
import { perLang } from '../../src/i18n/by-lang.ts';
import { ui } from '../../src/i18n/index.ts';
import { csvFirst, csvWhere, num } from '../helpers/csv-rows.ts';

const words = (lang: 'nl' | 'en') => ({ ...ui(lang).charts.displacement, qualifier: ui(lang).figure.qualifier });
const idpCsv = csvWhere('displacement.csv', { date: '2024-10', population_group: 'idp' });
const nationalIdps = num(idpCsv.find((r) => r.area === 'NE')!.count)!;
const regionalIdps = idpCsv.filter((r) => r.area !== 'NE');
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('internally displaced people by region', () => {
  it('take the national total and the regions data/displacement.csv gives, largest first', () => {
    expect(idpTotal(displacement).count).toBe(nationalIdps);
    expect(idpRegions(displacement).map((r) => [r.area, r.count])).toEqual(
      regionalIdps.map((r) => [r.area, num(r.count)!] as const).sort((a, b) => b[1] - a[1]),
    );
  });

  it('derive the unassigned rest as the national total minus the regions', () => {
    expect(idpUnassigned(displacement)).toBe(nationalIdps - regionalIdps.reduce((s, r) => s + num(r.count)!, 0));
  });

  it('end with the derived bar, named from the words of the page’s language', () => {
    const bars = idpBars(displacement, regions, 'nl', words('nl'));
    expect(bars).toHaveLength(regionalIdps.length + 1);
    expect(bars.at(-1)).toMatchObject({ derived: true, label: 'Overige regio’s (geen uitsplitsing)', values: [idpUnassigned(displacement)] });
    expect(bars[0]!.label).toBe(csvFirst('regions.csv', { code: bars[0]!.category }).name);
    expect(bars.slice(0, -1).every((b) => !b.derived)).toBe(true);
  });

  it('have a table whose CSV holds the regions, the derived rest and the total', () => {
    const rows = parse(tableToCsv(idpTable(displacement, regions, perLang((w) => w.charts.displacement.idpColumns))));
    expect(rows).toHaveLength(regionalIdps.length + 2);
    expect(num(rows.at(-1)!.idps)).toBe(nationalIdps);
    expect(rows.at(-2)!.area).toMatch(/derived/);
    const tillaberi = rows.find((r) => r.code === 'NE-6')!;
    const csv = csvFirst('displacement.csv', { date: '2024-10', population_group: 'idp', area: 'NE-6' });
    expect([tillaberi.idps, tillaberi.share_pct, tillaberi.locator]).toEqual([csv.count, csv.share_pct, csv.locator]);
  });

  it('fail the build when the national total is missing', () => {
    expect(() => idpTotal(displacement.filter((d) => d.area !== 'NE'))).toThrow(/No national IDP total/);
  });
});

describe('refugees and asylum seekers by origin', () => {
  const originsCsv = csvWhere('displacement.csv', { date: '2024-10', population_group: 'refugee_asylum_seeker' }).filter((r) => r.origin !== '');

  it('take the shares data/displacement.csv gives, largest first, and derive the unnamed rest', () => {
    expect(refugeeOrigins(displacement).map((r) => [r.origin, r.share_pct])).toEqual(originsCsv.map((r) => [r.origin, num(r.share_pct)!] as const).sort((a, b) => b[1] - a[1]));
    expect(refugeeOtherShare(displacement)).toBe(100 - originsCsv.reduce((s, r) => s + num(r.share_pct)!, 0));
    expect(refugeeTotal(displacement).count).toBe(num(csvFirst('displacement.csv', { population_group: 'refugee_asylum_seeker', origin: '' }).count));
  });

  it('label the derived share as derived in the page’s language', () => {
    expect(refugeeBars(displacement, 'en', words('en')).at(-1)!.valueLabels[0]).toMatch(/\(derived\)$/);
    expect(refugeeBars(displacement, 'nl', words('nl')).at(-1)!.valueLabels[0]).toMatch(/\(berekend\)$/);
  });

  it('name countries from the words, and show an unknown one as the data has it', () => {
    expect(countryLabel('Burkina Faso', words('nl'))).toBe(words('nl').countries['Burkina Faso']);
    expect(countryLabel('Chad', words('en'))).toBe('Chad');
  });

  it('have a table whose CSV shares add up to 100 with the derived rest', () => {
    const rows = parse(tableToCsv(refugeeTable(displacement, perLang((w) => w.charts.displacement.refugeeColumns))));
    const shares = rows.map((r) => num(r.share_pct)).filter((v): v is number => v !== null);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(num(rows.at(-1)!.count)).toBe(refugeeTotal(displacement).count);
  });
});

describe('qualified counts', () => {
  it('label a count with the qualifier its row gives (Niamey: "about")', () => {
    const bars = idpBars(displacement, regions, 'en', { ...words('en'), qualifier: ui('en').figure.qualifier });
    const niamey = displacement.find((d) => d.area === 'NE-8' && d.population_group === 'idp');
    expect(niamey?.qualifier).toBe('about');
    expect(bars.find((b) => b.category === 'NE-8')?.valueLabels[0]).toBe('about 6,853');
    expect(bars.find((b) => b.category === 'NE-6')?.valueLabels[0]).toBe('223,950');
  });
});
