import { describe, expect, it } from 'vitest';
import { inBothLangs } from '../../src/i18n/by-lang.ts';

describe('inBothLangs(get)', () => {
  it('takes the same dictionary entry from both dictionaries', () => {
    expect(inBothLangs((d) => d.charts.missions.columns.as_of)).toEqual({ nl: 'Peildatum', en: 'As of', fr: 'Date de référence' });
  });
});
