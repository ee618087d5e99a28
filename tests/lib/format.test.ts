import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPercent, formatPeriod, formatPeriodShort } from '../../src/lib/format.ts';

describe('formatNumber(value, lang)', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatNumber(1246, 'nl')).toBe('1.246');
    expect(formatNumber(1246, 'en')).toBe('1,246');
    expect(formatNumber(2_500_000, 'nl')).toBe('2.500.000');
  });

  it('keeps the decimals the value has, at most two', () => {
    expect(formatNumber(37.5, 'nl')).toBe('37,5');
    expect(formatNumber(37.5, 'en')).toBe('37.5');
    expect(formatNumber(1.234, 'en')).toBe('1.23');
  });
});

describe('formatPercent(value, lang)', () => {
  it('writes a space before % in Dutch only', () => {
    expect(formatPercent(25, 'nl')).toBe('25 %');
    expect(formatPercent(25, 'en')).toBe('25%');
  });

  it('gives a computed share one decimal', () => {
    expect(formatPercent(45.67, 'nl')).toBe('45,7 %');
    expect(formatPercent(45.67, 'en')).toBe('45.7%');
  });
});

describe('formatChange(value, lang)', () => {
  it('signs the change with a true minus, a plus or ±', () => {
    expect(formatChange(-19.2, 'nl')).toBe('−19,2 %');
    expect(formatChange(25, 'en')).toBe('+25%');
    expect(formatChange(0, 'en')).toBe('±0%');
  });
});

describe('formatDate(iso, lang)', () => {
  it('is exactly as precise as the ISO date', () => {
    expect(formatDate('2019', 'nl')).toBe('2019');
    expect(formatDate('2024-04', 'nl')).toBe('april 2024');
    expect(formatDate('2024-04', 'en')).toBe('April 2024');
    expect(formatDate('2023-07-26', 'nl')).toBe('26 juli 2023');
    expect(formatDate('2023-07-26', 'en')).toBe('26 July 2023');
  });

  it('writes the day without a leading zero', () => {
    expect(formatDate('2024-03-01', 'nl')).toBe('1 maart 2024');
    expect(formatDate('2024-12-09', 'en')).toBe('9 December 2024');
  });

  it('writes the first of the month as « 1er » in French only', () => {
    expect(formatDate('2021-02-01', 'fr')).toBe('1er février 2021');
    expect(formatDate('2023-07-26', 'fr')).toBe('26 juillet 2023');
    expect(formatDate('2021-02-11', 'fr')).toBe('11 février 2021');
    expect(formatDate('2021-02', 'fr')).toBe('février 2021');
    expect(formatDate('2021-02-01', 'nl')).toBe('1 februari 2021');
    expect(formatDate('2021-02-01', 'en')).toBe('1 February 2021');
  });
});

describe('formatPeriod(start, end, lang)', () => {
  it('joins two full dates with an en dash', () => {
    expect(formatPeriod('2024-09-01', '2025-05-30', 'nl')).toBe('1 september 2024 – 30 mei 2025');
    expect(formatPeriod('2024-09-01', '2025-05-30', 'en')).toBe('1 September 2024 – 30 May 2025');
  });
});

describe('formatPeriodShort(start, end, lang)', () => {
  it('shortens months to their first three letters', () => {
    expect(formatPeriodShort('2024-09-01', '2025-05-30', 'nl')).toBe('sep 2024 – mei 2025');
    expect(formatPeriodShort('2024-09-01', '2025-05-30', 'en')).toBe('Sep 2024 – May 2025');
    expect(formatPeriodShort('2024-03-01', '2024-10-31', 'nl')).toBe('mrt 2024 – okt 2024');
  });
});
