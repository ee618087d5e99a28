/**
 * Names of groups, institutions and ACLED's types in the page's language, from the shared
 * glossary (src/content/glossary/). Data files keep their own names; these map them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGlossary } from '../content/glossary.ts';
import type { Lang } from './lang.ts';

// Read with node:fs, relative to the project root where every build, test and script runs: the data step imports
// the dictionaries under plain Node (no import.meta.glob), and Astro bundles this module elsewhere first.
const DIR = 'src/content/glossary';
const FILES = Object.fromEntries(
  readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [join(DIR, name), JSON.parse(readFileSync(join(DIR, name), 'utf8')) as unknown]),
);

export const GLOSSARY = readGlossary(FILES);

const BY_DATA_NAME = new Map([...GLOSSARY].flatMap(([key, entry]) => entry.data.map((name) => [name, key] as const)));
const BY_ENGLISH_NAME = new Map([...GLOSSARY].map(([key, entry]) => [entry.en.short, key] as const));

export type TermForm = 'short' | 'full';

/** The glossary's name for `key`; an unknown key is a build error. */
export function term(key: string, lang: Lang, form: TermForm = 'short'): string {
  const entry = GLOSSARY.get(key);
  if (!entry) throw new Error(`No glossary entry "${key}": add src/content/glossary/${key}.json`);
  return entry[lang][form];
}

/** The glossary key of a name the data uses ("JNIM" → "jnim"), if it has one. */
export function termKeyOfData(name: string): string | undefined {
  return BY_DATA_NAME.get(name);
}

/** The glossary key of a name as the English pages and the CSVs write it ("Battles" → "acled-battles"), if it has one. */
export function termKeyOfEnglish(name: string): string | undefined {
  return BY_ENGLISH_NAME.get(name);
}

/** A name from the data in the page's language: the glossary's name, else the data's own. */
export function dataName(name: string, lang: Lang, form: TermForm = 'short'): string {
  const key = termKeyOfData(name);
  return key ? term(key, lang, form) : name;
}

/**
 * The first mention: the short name with the full one after it, "GSIM (Groupe de soutien à l’islam…)";
 * a full name that already holds the short one ("Affrontements armés (Battles)") as it is.
 */
export function firstMention(key: string, lang: Lang): string {
  const [short, full] = [term(key, lang), term(key, lang, 'full')];
  return full.includes(short) ? full : `${short} (${full})`;
}
