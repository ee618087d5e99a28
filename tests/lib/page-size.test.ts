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

  it('counts table cells and list items', () => {
    expect(countWords('Tillabéri\t149\t603\nDosso\t35\t86')).toBe(6);
  });
});

describe('PAGE_SIZE_BUDGET', () => {
  it('holds the story to issue 10’s budgets', () => {
    expect(PAGE_SIZE_BUDGET).toEqual({ words_in_main: 5000, height_px_390_nojs: 30000, dom_elements: 3000 });
  });
});
