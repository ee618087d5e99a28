import { describe, expect, it } from 'vitest';
import { readChapters } from '../../src/content/chapters.ts';
import { SECTIONS } from '../../src/i18n/sections.ts';

const file = (id: string, order: number, title: string) => `---\nid: ${id}\norder: ${order}\ntitle: "${title}"\ndescription: "D."\n---\n`;

describe('readChapters(files)', () => {
  it('pairs the languages and sorts by order', () => {
    const chapters = readChapters({
      'nl/b.mdoc': file('b', 2, 'Bee'),
      'en/b.mdoc': file('b', 2, 'Bee EN'),
      'fr/b.mdoc': file('b', 2, 'Bee FR'),
      'nl/a.mdoc': file('a', 1, 'Aa'),
      'en/a.mdoc': file('a', 1, 'Aa EN'),
      'fr/a.mdoc': file('a', 1, 'Aa FR'),
    });
    expect(chapters.map((c) => [c.id, c.title.en, c.title.fr])).toEqual([
      ['a', 'Aa EN', 'Aa FR'],
      ['b', 'Bee EN', 'Bee FR'],
    ]);
  });

  it('refuses a chapter missing in one language, an id unlike its file name, and gaps in the order', () => {
    expect(() => readChapters({ 'nl/a.mdoc': file('a', 1, 'A') })).toThrow('Chapter a: no en/a.mdoc');
    expect(() => readChapters({ 'nl/a.mdoc': file('b', 1, 'A') })).toThrow('id "b" differs from the file name');
    expect(() => readChapters({ 'nl/a.mdoc': file('a', 1, 'A'), 'en/a.mdoc': file('a', 1, 'A') })).toThrow('Chapter a: no fr/a.mdoc');
    expect(() => readChapters({ 'nl/a.mdoc': file('a', 2, 'A'), 'en/a.mdoc': file('a', 2, 'A'), 'fr/a.mdoc': file('a', 2, 'A') })).toThrow('order 2, expected 1');
  });

  it('SECTIONS lists the story in order, from the content files', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual(['overview', 'background', 'partners', 'armed-groups', 'violence', 'regions', 'casualty-counts', 'displacement', 'sources']);
  });
});
