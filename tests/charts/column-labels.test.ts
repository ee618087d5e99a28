import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../src/charts/column-labels.ts';

describe('columnLabel(word)', () => {
  it('labels a table column in both languages from the dictionaries', () => {
    expect(columnLabel('incidents')).toEqual({ nl: 'Incidenten', en: 'Incidents', fr: 'Incidents' });
    expect(columnLabel('locator')).toEqual({ nl: 'Vindplaats', en: 'Locator', fr: 'Référence' });
  });
});
