/** Dictionary words in every language, chosen without branching. */
import type { Lang } from './lang.ts';
import type { Dictionary } from './nl/index.ts';
import { STRINGS } from './strings.ts';

const LANGS = Object.keys(STRINGS) as Lang[];

function eachLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, T>;
}

/**
 * The same dictionary words in every language, for models built once for all pages and
 * carrying all of them (a chart's table columns, map metrics, chart titles).
 */
export function perLang<T>(get: (d: Dictionary, lang: Lang) => T): Record<Lang, T> {
  return eachLang((lang) => get(STRINGS[lang], lang));
}

/** One word of an every-language set, as the label a chart table's column carries. */
export function labelPerLang<K extends string>(words: Record<Lang, Record<K, string>>, key: K): Record<Lang, string> {
  return eachLang((lang) => words[lang][key]);
}
