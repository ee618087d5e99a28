/**
 * Issue 14, point 3: the French pages name groups and institutions as French sources write them
 * (GSIM, EIS, EIAO, CEDEAO), from the glossary (src/content/glossary/). No built French page shows
 * the English abbreviations outside quotations and text marked as Dutch or English.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/i18n/glossary.ts';
import { distFiles, readDist } from '../helpers/dist.ts';
import { foreignNames } from '../helpers/foreign-names.ts';
import { langOfPath } from '../../src/i18n/lang.ts';

const ENGLISH_ABBREVIATIONS = ['ISSP', 'JNIM', 'ISWAP', 'ECOWAS'];
/** The glossary's French full names may give the original ("Groupe de soutien à l’islam et aux musulmans, JNIM en arabe"). */
const FRENCH_FULL_NAMES = [...GLOSSARY.values()].map((entry) => entry.fr.full);
const FRENCH_PAGES = distFiles().filter((path) => path.startsWith('/fr/') && path.endsWith('.html'));

describe('the check for English abbreviations', () => {
  it('finds one in French text, in an aria-label, and not in a quotation, Dutch text or a glossary full name', () => {
    const html = `<html lang="fr"><body>
      <p>Le JNIM attaque.</p><svg aria-label="Carte, ISWAP"></svg>
      <blockquote lang="nl"><p>JNIM valt aan</p></blockquote><p>Il dit <q>ISSP</q>.</p><td lang="en">ECOWAS sanctions</td>
      <p>Le GSIM (Groupe de soutien à l’islam et aux musulmans, JNIM en arabe).</p>
    </body></html>`;
    const found = foreignNames(html, 'fr', ENGLISH_ABBREVIATIONS, FRENCH_FULL_NAMES);
    expect(found.map((f) => f.name)).toEqual(['JNIM', 'ISWAP']);
  });
});

describe('the French pages', () => {
  it('exist', () => {
    expect(FRENCH_PAGES.length).toBeGreaterThan(50);
  });

  it('show no English abbreviation of a group or institution outside quotations', () => {
    const problems = FRENCH_PAGES.flatMap((path) => foreignNames(readDist(path), 'fr', ENGLISH_ABBREVIATIONS, FRENCH_FULL_NAMES).map((f) => `${path}: ${f.name} in "${f.context}"`));
    expect(problems).toEqual([]);
  });
});

/** Countries, the report's unnamed actors and derived rows, which the CSVs write in English (tables translate them). */
const ENGLISH_DATA_NAMES = ['Belgium', 'Netherlands', 'Germany', 'United States', 'Russia', 'Unidentified armed groups', 'Other or not named', 'Other regions'];
/** A publisher's name as the source list records it, and the corrections log, which quotes the data's values as they were and are. */
const KEPT_AS_RECORDED = ['Government of the Netherlands'];
const isCorrectionsLog = (path: string) => /^(?:\/[a-z]{2})?\/corrections\//.test(path);

describe.each(['nl', 'fr'] as const)('the %s pages', (lang) => {
  it('show no English name from the data outside quotations and text marked as English', () => {
    const pages = distFiles().filter((path) => path.endsWith('.html') && !isCorrectionsLog(path) && langOfPath(path) === lang);
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((path) => foreignNames(readDist(path), lang, ENGLISH_DATA_NAMES, KEPT_AS_RECORDED).map((f) => `${path}: ${f.name} in "${f.context}"`));
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
