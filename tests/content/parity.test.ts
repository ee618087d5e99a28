import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFacts, parityProblems } from '../../src/content/facts.ts';
import { LANGS } from '../../src/i18n/index.ts';

/** Dutch is the original; every other language is checked against it. */
const [ORIGINAL, ...TRANSLATIONS] = LANGS as [string, ...string[]];

const CONTENT = new URL('../../src/content/', import.meta.url).pathname;
/** Every collection folder that has language folders. */
const collections = readdirSync(CONTENT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(CONTENT, d.name)).includes(ORIGINAL))
  .map((d) => d.name);
const files = (collection: string, lang: string) => readdirSync(join(CONTENT, collection, lang)).filter((f) => f.endsWith('.mdoc')).sort();
const read = (collection: string, lang: string, file: string) => readFileSync(join(CONTENT, collection, lang, file), 'utf8');

describe.each(collections)('content collection %s', (collection) => {
  it.each(TRANSLATIONS)(`has the same file names under ${ORIGINAL}/ and %s/`, (lang) => {
    expect(files(collection, lang)).toEqual(files(collection, ORIGINAL));
  });

  it.each(TRANSLATIONS.flatMap((lang) => files(collection, ORIGINAL).map((file) => `${lang}/${file}`)))(`%s cites the same figures with the same headings as ${ORIGINAL}/`, (path) => {
    const [lang, file] = path.split('/') as [string, string];
    expect(parityProblems(contentFacts(read(collection, ORIGINAL, file)), contentFacts(read(collection, lang, file)))).toEqual([]);
  });

  it.each(LANGS.flatMap((lang) => files(collection, lang).map((file) => `${lang}/${file}`)))('%s has no digit outside a fig or date tag, and no text Markdoc drops', (path) => {
    const [lang, file] = path.split('/') as [string, string];
    const facts = contentFacts(read(collection, lang, file));
    expect(facts.strayDigits).toEqual([]);
    expect(facts.droppedText).toEqual([]);
  });
});

const doc = (body: string) => `---\nid: x\norder: 1\ntitle: "X"\ndescription: "X."\n---\n\n${body}\n`;

describe('contentFacts(…) and parityProblems(…) on planted differences', () => {
  const base = contentFacts(doc('### A\n\nIn {% date value="2024" /%} {% fig id="a.b" /%} people, G5 Sahel (§1.1).'));

  it('accept years in date tags, figures, section marks and names with digits', () => {
    expect(base).toEqual({ figIds: ['a.b'], headings: [3], strayDigits: [], droppedText: [] });
  });

  it("accept the report's own chart and table names", () => {
    expect(contentFacts(doc('Its chart by department (Grafiek 6) and Tabel 1.')).strayDigits).toEqual([]);
  });

  it('accept an air base named by its number', () => {
    expect(contentFacts(doc('They land at vliegbasis 101; at Air Base 101; sur la base aérienne 101.')).strayDigits).toEqual([]);
  });

  it('accept a licence name with its version', () => {
    expect(contentFacts(doc('Towns: © GeoNames, CC BY 4.0; maps CC BY-SA 3.0.')).strayDigits).toEqual([]);
  });

  it('find a typed number, with its line', () => {
    expect(contentFacts(doc('Some 4.300 people.')).strayDigits).toEqual(['line 8: "Some 4.300 people."']);
  });

  it('find a digit in a prose attribute', () => {
    expect(contentFacts(doc('{% key-figure label="Top 3" fig="a.b" %}\n{% /key-figure %}')).strayDigits).toEqual(['line 8: "Top 3"']);
  });

  it('report a figure cited in one language only', () => {
    const en = contentFacts(doc('### A\n\nIn {% date value="2024" /%} {% fig id="a.c" /%} people.'));
    expect(parityProblems(base, en)).toEqual(['figures only in nl: a.b', 'figures only in en: a.c']);
  });

  it('report a different heading structure', () => {
    const en = contentFacts(doc('## A\n\n{% fig id="a.b" /%} people, then more words.'));
    expect(parityProblems(base, en)).toEqual(['headings differ: nl h3, en h2']);
  });

  it('find text Markdoc drops after a tag at the start of a line', () => {
    expect(contentFacts(doc('{% date value="2024-10" /%}, UNHCR')).droppedText).toEqual(['", UNHCR" is lost: do not start a line with a tag followed by short text']);
  });
});
