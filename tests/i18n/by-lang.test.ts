import { describe, expect, it } from 'vitest';
import { perLang } from '../../src/i18n/by-lang.ts';

describe('perLang(get)', () => {
  it('takes the same dictionary entry from both dictionaries', () => {
    expect(perLang((d) => d.charts.missions.columns.as_of)).toEqual({ nl: 'Peildatum', en: 'As of', fr: 'Date de référence' });
  });
});
