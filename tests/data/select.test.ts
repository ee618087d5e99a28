import { describe, expect, it, vi } from 'vitest';
import type { AcledCount, DeploymentFigure, Displacement, HumanitarianFigure, Region } from '../../src/data/types.ts';

const source = { source_id: 'cgrs-coi-niger-2025', locator: '§6' };
const count = (row: Partial<AcledCount>): AcledCount => ({
  period_start: '2024-09-01', period_end: '2025-05-30', area: 'NE', department: null, place: null, event_type: 'all',
  sub_event_type: 'all', actor: 'all', scope: 'total', incidents: null, fatalities: null, note: null, ...source, ...row,
});

// Small datasets in place of the generated ones, so every expected value is visible here.
vi.mock('../../src/data/index.ts', () => ({
  acledNiger: [
    count({ incidents: 800, locator: '§6, text' }),
    count({ incidents: 802, locator: '§6, Tabel 1' }),
    count({ fatalities: 1500 }),
    count({ area: 'NE-6', incidents: 300 }),
    count({ area: 'NE-6', department: 'Ayorou', incidents: 20 }),
    count({ event_type: 'battles', incidents: 200 }),
    count({ period_start: '2023-09-01', period_end: '2024-05-30', incidents: 1000 }),
    count({ event_type: 'explosions_remote_violence', incidents: 50, locator: '§4' }),
    count({ event_type: 'explosions_remote_violence', scope: 'part', incidents: 7, locator: '§5' }),
    count({ area: 'NE-5', event_type: 'battles', incidents: 15 }),
    count({ area: 'NE-5', event_type: 'battles', scope: 'place', place: 'Manseyka', incidents: 5, locator: '§6.4 (Manseyka)' }),
  ],
  regions: [{ code: 'NE-8', name: 'Niamey', capital: 'Niamey', population: 1_500_000, population_year: 2023, ...source }] satisfies Region[],
  deployments: [
    { mission: 'EUCAP Sahel Niger', contributor: 'EU', figure_kind: 'staff', value: 120, unit: 'people', value_qualifier: 'approx', as_of: '2022', until: null, extended: null, note: null, ...source },
    { mission: 'EUCAP Sahel Niger', contributor: 'EU', figure_kind: 'staff', value: 130, unit: 'people', value_qualifier: 'approx', as_of: '2023', until: null, extended: null, note: null, ...source },
  ] satisfies DeploymentFigure[],
  humanitarian: [
    { date: '2025-03', area: 'NE', indicator: 'schools_closed', value: 900, unit: 'schools', value_qualifier: 'more_than', note: null, ...source },
  ] satisfies HumanitarianFigure[],
  displacement: [
    { date: '2024-10', area: 'NE', population_group: 'idp', origin: null, count: 500_000, qualifier: null, share_pct: null, ...source },
  ] satisfies Displacement[],
}));

const { acled, acledRows, changePct, CURRENT, deployment, displacementFigure, findAcled, humanitarianFigure, per100k, PREVIOUS, region } = await import('../../src/data/select.ts');

describe('acledRows(query)', () => {
  it('defaults to all of Niger, no department, all types and actors', () => {
    expect(acledRows({ period: CURRENT }).map((r) => r.incidents ?? r.fatalities)).toEqual([800, 802, 1500]);
  });

  it('narrows by area, department, type and period', () => {
    expect(acledRows({ period: CURRENT, area: 'NE-6' }).map((r) => r.incidents)).toEqual([300]);
    expect(acledRows({ period: CURRENT, area: 'NE-6', department: 'Ayorou' }).map((r) => r.incidents)).toEqual([20]);
    expect(acledRows({ period: CURRENT, event_type: 'battles' }).map((r) => r.incidents)).toEqual([200]);
    expect(acledRows({ period: PREVIOUS }).map((r) => r.incidents)).toEqual([1000]);
  });
});

describe('findAcled(query, measure) and acled(query, measure)', () => {
  it('take the row that states the measure', () => {
    expect(acled({ period: CURRENT }, 'fatalities').value).toBe(1500);
    expect(acled({ period: CURRENT, event_type: 'battles' }, 'incidents').value).toBe(200);
  });

  it('stop the build on rows that disagree, naming the file, the query, the values and their locators', () => {
    const error = (() => {
      try {
        findAcled({ period: CURRENT }, 'incidents');
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    })();
    expect(error).toContain('data/acled-niger.csv');
    expect(error).toContain('"period":{"start":"2024-09-01","end":"2025-05-30"}');
    expect(error).toContain('800 (§6, text) | 802 (§6, Tabel 1)');
    expect(error).toMatch(/locator/);
    expect(() => acled({ period: CURRENT }, 'incidents')).toThrow(/disagree/);
  });

  it('take the row the query names by locator where rows disagree', () => {
    expect(acled({ period: CURRENT, locator: '§6, Tabel 1' }, 'incidents')).toMatchObject({ value: 802, incidents: 802 });
    expect(findAcled({ period: CURRENT, locator: '§6, text' }, 'incidents')?.incidents).toBe(800);
    expect(() => findAcled({ period: CURRENT, locator: '§9' }, 'incidents')).toThrow(/no row at locator "§9"/);
  });

  it('count an area’s total unless asked for a part, a place or an event', () => {
    expect(acled({ period: CURRENT, event_type: 'explosions_remote_violence' }, 'incidents').value).toBe(50);
    expect(acled({ period: CURRENT, event_type: 'explosions_remote_violence', scope: 'part' }, 'incidents').value).toBe(7);
    expect(acled({ period: CURRENT, area: 'NE-5', event_type: 'battles' }, 'incidents').value).toBe(15);
    expect(acled({ period: CURRENT, area: 'NE-5', event_type: 'battles', scope: 'place', place: 'Manseyka' }, 'incidents').value).toBe(5);
  });

  it('find nothing for a query no row answers; acled throws', () => {
    expect(findAcled({ period: CURRENT, area: 'NE-1' }, 'incidents')).toBeNull();
    expect(() => acled({ period: CURRENT, area: 'NE-1' }, 'incidents')).toThrow(/No ACLED incidents/);
  });
});

describe('region, deployment, humanitarianFigure and displacementFigure', () => {
  it('return the matching row', () => {
    expect(region('NE-8').name).toBe('Niamey');
    expect(deployment({ mission: 'EUCAP Sahel Niger', as_of: '2022' }).value).toBe(120);
    expect(deployment({ mission: 'EUCAP Sahel Niger', as_of: '2023' }).value).toBe(130);
    expect(humanitarianFigure({ indicator: 'schools_closed' }).value).toBe(900);
    expect(displacementFigure({ date: '2024-10', population_group: 'idp' }).count).toBe(500_000);
  });

  it('refuse a match whose rows give different values', () => {
    expect(() => deployment({ mission: 'EUCAP Sahel Niger', figure_kind: 'staff' })).toThrow(/data\/deployments.csv: .* disagree: 120 \(§6\) \| 130 \(§6\)/);
  });

  it('throw when nothing matches', () => {
    expect(() => region('NE-1')).toThrow(/Unknown region NE-1/);
    expect(() => deployment({ mission: 'MINUSMA' })).toThrow(/No deployment figure/);
    expect(() => humanitarianFigure({ indicator: 'wells' })).toThrow(/No humanitarian figure/);
    expect(() => displacementFigure({ population_group: 'refugee_asylum_seeker' })).toThrow(/No displacement figure/);
  });
});

describe('per100k(count, population) and changePct(current, previous)', () => {
  it('derive with one decimal', () => {
    expect(per100k(300, 1_500_000)).toBe(20);
    expect(per100k(1, 3_000_000)).toBe(0);
    expect(per100k(7, 300_000)).toBe(2.3);
    expect(changePct(800, 1000)).toBe(-20);
    expect(changePct(1250, 1000)).toBe(25);
    expect(changePct(2, 3)).toBe(-33.3);
  });
});
