import { describe, expect, it } from 'vitest';
import { countWords, PAGE_SIZE_BUDGET } from '../../scripts/lib/page-size.ts';

describe('countWords(text)', () => {
  it('counts words and numbers as a reader does, not punctuation', () => {
    expect(countWords('Op 26 juli 2023 — de staatsgreep.')).toBe(6);
    expect(countWords('  \n\t ')).toBe(0);
  });

  it('keeps numbers with separators, elisions and hyphenated words whole', () => {
    expect(countWords('1.246 doden, 37,5 %, Niger’s al-Qaeda, d’Ivoire')).toBe(6);
  });

  it('keeps a number grouped with a (narrow) no-break space whole, in every language', () => {
    expect(countWords('507\u202f438 déplacés')).toBe(2);
    expect(countWords('1\u00a0246\u00a0000 morts, 37,3\u202f%')).toBe(3);
    // Only a thousands group joins: a date or a count beside a word stays apart.
    expect(countWords('26\u00a0juillet 2023')).toBe(3);
    expect(countWords('Tillabéri\u00a0149\u00a012')).toBe(3);
  });

  it('counts table cells and list items', () => {
    expect(countWords('Tillabéri\t149\t603\nDosso\t35\t86')).toBe(6);
  });
});

describe('PAGE_SIZE_BUDGET', () => {
  it('holds the story to issue 10’s budgets', () => {
    expect(PAGE_SIZE_BUDGET).toEqual({ words_in_main: 5000, height_px_390_nojs: 30000, dom_elements: 3000 });
  });
});
