import { describe, expect, it } from 'vitest';
import { departmentCounts, departmentName, measureNoun, seatTown } from '../../../src/charts/region-profile/departments.ts';
import { acledNiger, CURRENT, places } from '../../../src/data/select.ts';
import { ui } from '../../../src/i18n/index.ts';
import { csvRows, num } from '../../helpers/csv-rows.ts';
import { acledRow, placeRow } from '../../helpers/rows.ts';

const words = (lang: 'nl' | 'en') => ui(lang).charts.regionProfile;

describe('departmentCounts(acled, places, code)', () => {
  it('lists every department count data/acled-niger.csv gives for Tillabéri, largest first', () => {
    const csv = csvRows('acled-niger.csv').filter((r) => r.area === 'NE-6' && r.department !== '' && r.period_start === CURRENT.start && r.period_end === CURRENT.end && r.incidents !== '');
    const counts = departmentCounts(acledNiger, places, 'NE-6');
    expect(counts.map((d) => [d.department, d.incidents]).sort()).toEqual(csv.map((r) => [r.department, num(r.incidents)]).sort());
    const values = counts.map((d) => d.incidents);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('breaks ties by name and leaves out regions, periods and rows without a count', () => {
    const rows = [
      acledRow({ area: 'NE-6', department: 'Say', incidents: 2 }),
      acledRow({ area: 'NE-6', department: 'Kollo', incidents: 2 }),
      acledRow({ area: 'NE-6', department: 'Téra', incidents: 5 }),
      acledRow({ area: 'NE-6', department: 'Torodi', incidents: null, fatalities: 3 }),
      acledRow({ area: 'NE-3', department: 'Gaya', incidents: 9 }),
      acledRow({ area: 'NE-6', department: 'Abala', incidents: 9, period_start: '2024-01-01', period_end: '2024-12-31' }),
      acledRow({ area: 'NE-6', incidents: 149 }),
    ];
    expect(departmentCounts(rows, [], 'NE-6').map((d) => d.name)).toEqual(['Téra', 'Kollo', 'Say']);
  });

  it('finds each department’s seat town in data/geo/places.csv, in the same region', () => {
    const counts = departmentCounts(acledNiger, places, 'NE-6');
    const kollo = counts.find((d) => d.department === 'Kollo')!;
    expect(kollo.town).toMatchObject({ name: 'Kollo', region_code: 'NE-6' });
    const csv = csvRows('geo/places.csv').find((p) => p.name === 'Kollo')!;
    expect([kollo.town!.lon, kollo.town!.lat]).toEqual([num(csv.lon), num(csv.lat)]);
  });
});

describe('seatTown(places, department, code) and departmentName(name)', () => {
  const towns = [placeRow({ name: 'Tillabéri', region_code: 'NE-6' }), placeRow({ name: "Birni N'Konni", region_code: 'NE-5' })];

  it('matches names whatever their accents, apostrophes and case', () => {
    expect(seatTown(towns, 'Tillaberi', 'NE-6')?.name).toBe('Tillabéri');
    expect(seatTown(towns, 'birni n’konni', 'NE-5')?.name).toBe("Birni N'Konni");
  });

  it('finds no town in another region or not in the file', () => {
    expect(seatTown(towns, 'Tillabéri', 'NE-5')).toBeNull();
    expect(seatTown(towns, 'Makalondi', 'NE-6')).toBeNull();
  });

  it('writes the report’s spelling of a department in the usual one, where it knows one', () => {
    expect(departmentCounts(acledNiger, places, 'NE-6').find((d) => d.department === 'Ouallem')).toMatchObject({ name: 'Ouallam', town: { name: 'Ouallam' } });
    expect(departmentName('Kollo')).toBe('Kollo');
  });
});

describe('measureNoun(count, words, n, lang)', () => {
  it('names what a count measures, singular or plural, in the page’s language', () => {
    expect(measureNoun({ event_type: 'battles', sub_event_type: 'all' }, words('en'), 1, 'en')).toBe('armed clash');
    expect(measureNoun({ event_type: 'battles', sub_event_type: 'all' }, words('nl'), 3, 'nl')).toBe('gewapende treffens');
    expect(measureNoun({ event_type: 'violence_against_civilians', sub_event_type: 'attack' }, words('en'), 4, 'en')).toBe('attacks on civilians');
    expect(measureNoun({ event_type: 'violence_against_civilians', sub_event_type: 'all' }, words('en'), 4, 'en')).toBe('incidents');
    expect(measureNoun({ event_type: 'all', sub_event_type: 'all' }, words('nl'), 0, 'nl')).toBe('incidenten');
  });
});
