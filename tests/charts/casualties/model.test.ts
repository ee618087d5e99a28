import { describe, expect, it } from 'vitest';
import { REPORTER_SHAPES, reporterIndex, VICTIM_ORDER } from '../../../src/charts/casualties/model.ts';
import { DEATHS_BY } from '../../../src/data/types.ts';
import { ui } from '../../../src/i18n/index.ts';

describe('the casualty chart’s shared model', () => {
  it('gives each reporter its own marker shape, so colour is never the only cue', () => {
    expect(Object.keys(REPORTER_SHAPES).sort()).toEqual([...DEATHS_BY].sort());
    expect(new Set(Object.values(REPORTER_SHAPES)).size).toBe(DEATHS_BY.length);
  });

  it('numbers reporters in the data’s order (the colour classes rep-0 … rep-4)', () => {
    expect(DEATHS_BY.map(reporterIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('has a word for every reporter and every group of dead in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const w = ui(lang).charts.casualties;
      for (const r of DEATHS_BY) expect(w.reporters[r], `${lang} ${r}`).toBeTruthy();
      for (const v of VICTIM_ORDER) expect(w.victims[v], `${lang} ${v}`).toBeTruthy();
    }
  });
});
