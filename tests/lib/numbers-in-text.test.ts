import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, splitNumbers } from '../../src/lib/numbers-in-text.ts';

describe('parseLocaleNumber(raw, lang)', () => {
  it('reads thousands and decimals as each language writes them', () => {
    expect(parseLocaleNumber('1.246', 'nl')).toBe(1246);
    expect(parseLocaleNumber('1,246', 'en')).toBe(1246);
    expect(parseLocaleNumber('37,5', 'nl')).toBe(37.5);
    expect(parseLocaleNumber('37.5', 'en')).toBe(37.5);
    expect(parseLocaleNumber('2.500.000', 'nl')).toBe(2_500_000);
  });
});

describe('splitNumbers(text, lang)', () => {
  it('cuts a sentence into text and the numbers in it', () => {
    expect(splitNumbers('Ruim 1.200 doden en 37,5 % minder', 'nl')).toEqual([
      { text: 'Ruim ' },
      { number: 1200, raw: '1.200' },
      { text: ' doden en ' },
      { number: 37.5, raw: '37,5' },
      { text: ' % minder' },
    ]);
  });

  it('leaves years and one-digit numbers as text', () => {
    expect(splitNumbers('In 2023, 3 missions left', 'en')).toEqual([{ text: 'In 2023, 3 missions left' }]);
  });

  it('gives a number at the start or end of the text no empty text part', () => {
    expect(splitNumbers('1,500 troops', 'en')).toEqual([{ number: 1500, raw: '1,500' }, { text: ' troops' }]);
    expect(splitNumbers('troops: 1,500', 'en')).toEqual([{ text: 'troops: ' }, { number: 1500, raw: '1,500' }]);
  });
});
