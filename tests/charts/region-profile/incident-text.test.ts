import { describe, expect, it } from 'vitest';
import { placeLabel, reporterLabel, victimsLabel } from '../../../src/charts/region-profile/incident-text.ts';
import { ui } from '../../../src/i18n/index.ts';

const words = (lang: 'nl' | 'en') => ui(lang).charts.regionProfile;

describe('reporterLabel(by, words) and victimsLabel(figure, n, words, lang)', () => {
  it('say who gave the figure and who died, singular or plural, in the page’s language', () => {
    expect(reporterLabel('official', words('en'))).toBe('according to the government or army');
    expect(reporterLabel('acled', words('nl'))).toBe('volgens ACLED');
    expect(victimsLabel({ victims: 'civilian' }, 1, words('nl'), 'nl')).toBe('burger');
    expect(victimsLabel({ victims: 'civilian' }, 12, words('nl'), 'nl')).toBe('burgers');
    expect(victimsLabel({ victims: 'soldier' }, 2, words('en'), 'en')).toBe('soldiers');
  });
});

describe('placeLabel(place, words)', () => {
  it('puts the data’s English place phrases in the page’s language', () => {
    expect(placeLabel('between Koulele and Tesker', words('nl'))).toBe('tussen Koulele en Tesker');
    expect(placeLabel('around Dan Kassari', words('nl'))).toBe('rond Dan Kassari');
    expect(placeLabel('near Petel Kolé', words('en'))).toBe('near Petel Kolé');
    expect(placeLabel('near Petel Kolé', words('nl'))).toMatch(/^\S+ Petel Kolé$/);
    expect(placeLabel('near Petel Kolé', words('nl'))).not.toMatch(/near/);
    expect(placeLabel('Tondikiwindi (commune)', words('nl'))).toBe('Tondikiwindi (gemeente)');
    expect(placeLabel('Libiri; Kokorou', words('nl'))).toBe('Libiri en Kokorou');
    expect(placeLabel('Tillabéri (town)', words('en'))).toBe('Tillabéri');
  });

  it('says so when the data gives no place', () => {
    expect(placeLabel(null, words('en'))).toBe('place not given');
    expect(placeLabel(null, words('nl'))).toBe('plaats niet vermeld');
  });
});
