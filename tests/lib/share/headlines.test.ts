/** The share cards' headline figures: words from the dictionaries, figures from the data, a missing figure an error. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acled, CURRENT } from '../../../src/data/select.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { SECTIONS } from '../../../src/i18n/sections.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { headlineFor, required } from '../../../src/lib/share/headlines.ts';

describe('headlineFor', () => {
  it.each(LANGS)('gives every chapter a figure, a filled label and a source (%s)', (lang) => {
    for (const s of SECTIONS) {
      const h = headlineFor(s.id, lang);
      expect(h.value, s.id).toMatch(/\d/);
      expect(h.label, s.id).not.toMatch(/[{}]|undefined|null/);
      expect(h.source.length, s.id).toBeGreaterThan(3);
    }
  });

  it.each(LANGS)('shows the figure of the data (%s)', (lang) => {
    expect(headlineFor('violence', lang).value).toBe(formatNumber(acled({ period: CURRENT }, 'fatalities').value, lang));
  });

  it('throws on a missing figure instead of showing zero', () => {
    expect(() => required(null, 'a figure')).toThrow(/no figure for a figure/);
    expect(required(0, 'zero')).toBe(0);
  });

  it('holds no language branch and no silent default', () => {
    const source = readFileSync(new URL('../../../src/lib/share/headlines.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/lang\s*===|\?\?\s*0|\{\s*nl:/);
  });
});
