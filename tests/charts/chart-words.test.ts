import { describe, expect, it } from 'vitest';
import { idpBars, refugeeBars } from '../../src/charts/displacement.ts';
import { dutchMandates, personnelInNiger, toBars } from '../../src/charts/missions.ts';
import { ERAS, LANES } from '../../src/charts/timeline.ts';
import { deployments, displacement, regions } from '../../src/data/select.ts';
import { ui } from '../../src/i18n/index.ts';

const words = (lang: 'nl' | 'en') => ui(lang).charts;

describe('toBars(items, lang, words)', () => {
  it('names the personnel bars with the words it is given', () => {
    const [us] = toBars(personnelInNiger(deployments), 'en', words('en').missions, false);
    expect(us!.label).toBe('US: American troops');
    expect(toBars(personnelInNiger(deployments), 'nl', words('nl').missions, false)[0]!.label).toBe('VS: Amerikaanse militairen');
  });

  it('adds the kind of figure and its date from the words when describing', () => {
    const [us] = toBars(personnelInNiger(deployments), 'nl', words('nl').missions);
    expect(us!.label).toMatch(/^VS: Amerikaanse militairen \(militairen, /);
  });

  it('falls back to the mission’s own name where the words have none', () => {
    const bars = toBars(dutchMandates(deployments), 'en', { ...words('en').missions, names: {} }, false);
    expect(bars.map((b) => b.label.split(':')[0])).toEqual(dutchMandates(deployments).map((m) => m.row.mission));
  });

  it('says until when each Dutch mandate runs, and that Takuba’s is not extended', () => {
    const labels = toBars(dutchMandates(deployments, 'en'), 'en', words('en').missions, false).map((b) => b.label);
    expect(labels).toContain('Task Force Takuba: ends December 2022, not extended');
    expect(labels).toContain('MINUSMA: extended to 30 June 2024');
    const nl = toBars(dutchMandates(deployments, 'nl'), 'nl', words('nl').missions, false).map((b) => b.label);
    expect(nl).toContain('Taakgroep Takuba: loopt af in december 2022, niet verlengd');
  });
});

describe('idpBars(…, words) and refugeeBars(…, words)', () => {
  it('take the derived bar’s label from the words', () => {
    expect(idpBars(displacement, regions, 'nl', { ...words('nl').displacement, qualifier: ui('nl').figure.qualifier }).at(-1)!.label).toBe('Overige regio’s (geen uitsplitsing)');
    expect(refugeeBars(displacement, 'en', { ...words('en').displacement, qualifier: ui('en').figure.qualifier }).at(-1)!.valueLabels[0]).toMatch(/\(derived\)$/);
  });

  it('label a count with the qualifier its row gives (Niamey: "about")', () => {
    const bars = idpBars(displacement, regions, 'en', { ...words('en').displacement, qualifier: ui('en').figure.qualifier });
    const niamey = displacement.find((d) => d.area === 'NE-8' && d.population_group === 'idp');
    expect(niamey?.qualifier).toBe('about');
    expect(bars.find((b) => b.category === 'NE-8')?.valueLabels[0]).toBe('about 6,853');
    expect(bars.find((b) => b.category === 'NE-6')?.valueLabels[0]).toBe('223,950');
  });
});

describe('timeline lanes and eras', () => {
  it('have a name in both dictionaries for every id', () => {
    for (const lang of ['nl', 'en'] as const) {
      const w = words(lang).timeline;
      for (const lane of LANES) expect([w.lanes[lane.id], w.lanesShort[lane.id]]).not.toContain(undefined);
      for (const era of ERAS) expect(w.eras[era.id]).toBeTruthy();
    }
  });
});
