import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { REGION_SLUGS } from '../../src/lib/regions.ts';

const DIR = new URL('../../src/content/region-summaries/', import.meta.url).pathname;

/** Words as the reader sees them: a figure or date tag is one word, the rest is split on spaces. */
function words(body: string): number {
  return body.replace(/\{%[^%]*%\}/g, 'X').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe.each(['nl', 'en', 'fr'])('the region summaries in %s', (lang) => {
  const files = readdirSync(join(DIR, lang)).sort();

  it('are one per region, named by its slug, with its code', () => {
    expect(files).toEqual(Object.values(REGION_SLUGS).map((s) => `${s}.mdoc`).sort());
    for (const [code, slug] of Object.entries(REGION_SLUGS)) {
      expect(parseFrontmatter(readFileSync(join(DIR, lang, `${slug}.mdoc`), 'utf8')).frontmatter.code, slug).toBe(code);
    }
  });

  it.each(files)('%s has at most 50 words', (file) => {
    expect(words(parseFrontmatter(readFileSync(join(DIR, lang, file), 'utf8')).content)).toBeLessThanOrEqual(50);
  });
});

describe('words(body)', () => {
  it('counts a tag as one word and punctuation as none', () => {
    expect(words('ACLED counts {% fig id="a.b" /%} incidents — in {% date value="2025" /%}.')).toBe(6);
  });
});
