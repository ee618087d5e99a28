import { describe, expect, it } from 'vitest';
import { countNoun } from '../../src/i18n/count-noun.ts';

const incident = { one: 'incident', many: 'incidents' };

describe('countNoun(n, noun, lang)', () => {
  it('uses the singular for 0 and 1 in French, as French writes "0 incident"', () => {
    expect(countNoun(0, incident, 'fr')).toBe('incident');
    expect(countNoun(1, incident, 'fr')).toBe('incident');
    expect(countNoun(2, incident, 'fr')).toBe('incidents');
    expect(countNoun(1246, incident, 'fr')).toBe('incidents');
  });

  it('uses the singular for exactly one in English and Dutch', () => {
    expect(countNoun(0, incident, 'en')).toBe('incidents');
    expect(countNoun(1, incident, 'en')).toBe('incident');
    expect(countNoun(0, { one: 'incident', many: 'incidenten' }, 'nl')).toBe('incidenten');
    expect(countNoun(1, { one: 'incident', many: 'incidenten' }, 'nl')).toBe('incident');
  });
});
