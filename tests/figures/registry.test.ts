import { describe, expect, it } from 'vitest';
import { FIGURES, figure, mergeFigures } from '../../src/figures/index.ts';
import { derived, sourced } from '../../src/figures/define.ts';
import { figureText, figureView } from '../../src/figures/view.ts';
import type { Provenance } from '../../src/data/types.ts';

/** A row stating the numbers the tests' figures take from it. */
const row: Provenance = Object.assign({ source_id: 'cgrs-coi-niger-2025', locator: '§5' }, { incidents: 1, fatalities: 269, value: 26_000_000 });

describe('figure registry', () => {
  it('figure(id) returns an entry and throws on an unknown id', () => {
    expect(figure('acled.ne.incidents.current').value).toBeGreaterThan(0);
    expect(() => figure('acled.ne.nothing')).toThrow('Unknown figure id "acled.ne.nothing"');
  });

  it('mergeFigures(…) refuses an id defined twice', () => {
    const a = sourced('x.y', row, 1);
    expect(() => mergeFigures([[a], [a]])).toThrow('Figure id x.y is defined twice');
  });

  it('sourced(…) refuses a value that is not one of its row’s numbers (typed by hand, or the wrong column)', () => {
    expect(() => sourced('x.typed', row, 270)).toThrow('Figure x.typed: 270 is not a number of its row (cgrs-coi-niger-2025, §5: 1, 269, 26000000)');
    expect(sourced('x.stated', row, 269).value).toBe(269);
  });

  it('sourced(…) refuses a missing value instead of showing zero', () => {
    expect(() => sourced('x.y', row, null)).toThrow('Figure x.y: no value in the data (got null)');
  });

  it('derived(…) carries the rows of the figures it is computed from', () => {
    const d = derived('x.change', -19.2, [sourced('x.a', row, 269), sourced('x.b', Object.assign({ ...row, locator: '§6' }, { incidents: 333 }), 333)], 'changeOnYearEarlier', { format: 'change' });
    expect(d.from.map((r) => r.locator)).toEqual(['§5', '§6']);
  });

  it('every entry has at least one source row', () => {
    for (const def of FIGURES.values()) expect(def.from.length, def.id).toBeGreaterThan(0);
  });
});

describe('figureView(figureText(def, lang), lang)', () => {
  const population = sourced('ins.ne.population', row, 26_000_000, { scale: 1_000_000, unit: 'million', qualifier: 'approx' });

  it('puts the qualifier and unit in the page language', () => {
    const nl = figureView(figureText(population, 'nl'), 'nl');
    const en = figureView(figureText(population, 'en'), 'en');
    expect([nl.prefix, nl.formatted, nl.unit, nl.label]).toEqual(['ongeveer ', '26', 'miljoen', 'Bron']);
    expect([en.prefix, en.formatted, en.unit, en.label]).toEqual(['about ', '26', 'million', 'Source']);
  });

  it('labels a derived figure and says how it was computed', () => {
    const change = derived('x.change', -19.2, [population], 'changeOnYearEarlier', { format: 'change' });
    const nl = figureView(figureText(change, 'nl'), 'nl');
    expect([nl.formatted, nl.label, nl.derivation]).toEqual(['−19,2 %', 'Afgeleid', 'verandering ten opzichte van een jaar eerder']);
  });
});
