/**
 * The glossary (src/content/glossary/<key>.json) has every key in every language of the site,
 * names every group and ACLED type the data uses, and gives the French names the French sources
 * use (issue 14, point 3).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/content/glossary.ts';
import { dataName, firstMention, GLOSSARY, term, termKeyOfData } from '../../src/i18n/glossary.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { armedGroups } from '../../src/data/select.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../../src/data/types.ts';

const names = (short: string, full = short) => ({ short, full });
const entry = { kind: 'group', data: ['JNIM'], nl: names('JNIM'), en: names('JNIM'), fr: names('GSIM') };

describe('readGlossary', () => {
  it('reads an entry with every language', () => {
    expect(readGlossary({ 'glossary/jnim.json': entry }).get('jnim')?.fr.short).toBe('GSIM');
  });

  it.each(LANGS)('refuses an entry without %s', (lang) => {
    const { [lang]: _dropped, ...without } = entry;
    expect(() => readGlossary({ 'glossary/jnim.json': without })).toThrow(/jnim\.json/);
  });

  it('refuses a data name claimed by two entries, and a field it does not know', () => {
    expect(() => readGlossary({ 'a/jnim.json': entry, 'a/gsim.json': entry })).toThrow(/"JNIM" is already in jnim\.json/);
    expect(() => readGlossary({ 'a/jnim.json': { ...entry, de: names('JNIM') } })).toThrow(/jnim\.json/);
  });
});

describe('the glossary', () => {
  it('has every key in every language', () => {
    expect(GLOSSARY.size).toBeGreaterThan(20);
    for (const [key, e] of GLOSSARY) for (const lang of LANGS) expect(e[lang].short, `${key} ${lang}`).not.toBe('');
  });

  it('names every armed group of data/armed-groups.csv and every ACLED type and sub-type', () => {
    const codes = [...armedGroups.map((g) => g.group), ...EVENT_TYPES, ...SUB_EVENT_TYPES].filter((c) => c !== 'all');
    expect(codes.filter((c) => !termKeyOfData(c))).toEqual([]);
  });

  it('gives the French sources’ names and keeps the Dutch and English pages’ names', () => {
    expect(['ISSP', 'ISGS', 'JNIM', 'ISWAP', 'ECOWAS', 'EU'].map((n) => dataName(n, 'fr'))).toEqual(['EIS', 'EIGS', 'GSIM', 'EIAO', 'CEDEAO', 'UE']);
    expect(['ISSP', 'JNIM', 'ISWAP', 'ECOWAS'].map((n) => [dataName(n, 'nl'), dataName(n, 'en')])).toEqual([['ISSP', 'ISSP'], ['JNIM', 'JNIM'], ['ISWAP', 'ISWAP'], ['ECOWAS', 'ECOWAS']]);
    expect([term('cgrs', 'nl'), term('cgrs', 'en'), term('cgrs', 'fr'), term('unhcr', 'fr'), term('aes', 'fr', 'full')]).toEqual(['CGVS', 'CGRS', 'CGRA', 'HCR', 'Alliance des États du Sahel']);
  });

  it('gives ACLED’s English term beside the French label on first mention, and nothing twice', () => {
    expect(firstMention('acled-violence-against-civilians', 'fr')).toBe('Violence contre les civils (Violence against civilians)');
    expect(firstMention('acled-battles', 'en')).toBe('Battles');
    expect(firstMention('jnim', 'fr')).toBe('GSIM (Groupe de soutien à l’islam et aux musulmans, JNIM en arabe)');
    for (const [key, e] of GLOSSARY) if (e.kind === 'acled-type') expect(e.fr.full, key).toBe(`${e.fr.short} (${e.acled})`);
  });

  it('names the groups as the armed-group cards head them: every French card, and every card of a group named by an abbreviation', () => {
    const cards = LANGS.flatMap((lang) => {
      const dir = join('src/content/armed-groups', lang);
      return readdirSync(dir).map((file) => ({ lang, file, ...(parseFrontmatter(readFileSync(join(dir, file), 'utf8')).frontmatter as { group: string; name: string }) }));
    });
    const checked = cards.filter((c) => c.lang === 'fr' || /^[A-Z]{2,}$/.test(c.group));
    expect(checked.length).toBeGreaterThan(15);
    for (const c of checked) expect(dataName(c.group, c.lang), `${c.lang}/${c.file}`).toBe(c.name);
  });

  it('fails on a key it does not have', () => {
    expect(() => term('no-such-key', 'fr')).toThrow(/src\/content\/glossary\/no-such-key\.json/);
  });
});
