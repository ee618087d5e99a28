import { describe, expect, it } from 'vitest';
import { attackerLabel, attackTitle, figureText, figureWords, placeLabel } from '../../../src/charts/casualties/text.ts';
import { ui } from '../../../src/i18n/index.ts';

const words = (lang: 'nl' | 'en') => ui(lang).charts.casualties;

describe('figureText(figure, lang)', () => {
  it('writes each kind of figure with its sign, in the page’s number format', () => {
    expect(figureText({ min: 12, max: 12, bound: 'exact' }, 'en')).toBe('12');
    expect(figureText({ min: 40, max: 40, bound: 'approx' }, 'en')).toBe('≈40');
    expect(figureText({ min: 10, max: null, bound: 'at_least' }, 'en')).toBe('≥10');
    expect(figureText({ min: 1500, max: null, bound: 'more_than' }, 'nl')).toBe('>1.500');
    expect(figureText({ min: 1500, max: null, bound: 'more_than' }, 'en')).toBe('>1,500');
    expect(figureText({ min: null, max: 15, bound: 'at_most' }, 'en')).toBe('≤15');
    expect(figureText({ min: 14, max: 16, bound: 'range' }, 'en')).toBe('14–16');
  });
});

describe('figureWords(figure, words, lang)', () => {
  it('says the figure in words of the page’s language', () => {
    expect(figureWords({ min: 40, max: 40, bound: 'approx' }, words('en'), 'en')).toBe('about 40');
    expect(figureWords({ min: 40, max: 40, bound: 'approx' }, words('nl'), 'nl')).toBe('ongeveer 40');
    expect(figureWords({ min: null, max: 15, bound: 'at_most' }, words('nl'), 'nl')).toBe('maximaal 15');
    expect(figureWords({ min: 14, max: 16, bound: 'range' }, words('en'), 'en')).toBe('14 to 16');
    expect(figureWords({ min: 12, max: 12, bound: 'exact' }, words('nl'), 'nl')).toBe('12');
  });
});

describe('attackerLabel(actor, words, lang)', () => {
  it('translates “suspected” and “probably” around the actor’s name', () => {
    expect(attackerLabel('suspected ISSP', words('nl'), 'nl')).toBe('vermoedelijk ISSP');
    expect(attackerLabel('probably ISSP', words('nl'), 'nl')).toBe('waarschijnlijk ISSP');
    expect(attackerLabel('probably ISSP', words('en'), 'en')).toBe('probably ISSP');
    expect(attackerLabel('ISWAP', words('nl'), 'nl')).toBe('ISWAP');
  });
});

describe('placeLabel(place, words) and attackTitle', () => {
  it('puts the data’s English place phrases in the page’s language', () => {
    expect(placeLabel('between Koulele and Tesker', words('nl'))).toBe('tussen Koulele en Tesker');
    expect(placeLabel('around Dan Kassari', words('nl'))).toBe('rond Dan Kassari');
    expect(placeLabel('near Petel Kolé', words('en'))).toBe('near Petel Kolé');
    expect(placeLabel('near Petel Kolé', words('nl'))).not.toMatch(/near/);
    expect(placeLabel('near Petel Kolé', words('nl'))).toMatch(/ Petel Kolé$/);
    expect(placeLabel('Eknewane', words('nl'))).toBe('Eknewane');
  });

  it('titles an attack with its date, capitalised, its place and its department or region', () => {
    expect(attackTitle({ date: '2025-05-25', place: 'Eknewane', department: 'Tillia', areaName: 'Tahoua' }, words('nl'), 'nl')).toBe('25 mei 2025 · Eknewane (Tillia)');
    expect(attackTitle({ date: '2024-12-20', place: 'Karey Goussou', department: null, areaName: 'Tillabéri' }, words('en'), 'en')).toBe('20 December 2024 · Karey Goussou (Tillabéri)');
    expect(attackTitle({ date: '2024-12', place: 'X', department: null, areaName: 'Y' }, words('nl'), 'nl')).toMatch(/^D/);
  });
});
