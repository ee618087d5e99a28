/** Dictionary words in both languages, chosen without branching. */
import type { Lang } from './lang.ts';
import type { Dictionary } from './nl/index.ts';
import { STRINGS } from './strings.ts';

/**
 * The same dictionary words in both languages, for models built once for both pages and
 * carrying both (a chart's table columns, map metrics, chart titles).
 */
export function inBothLangs<T>(get: (d: Dictionary, lang: Lang) => T): Record<Lang, T> {
  return { nl: get(STRINGS.nl, 'nl'), en: get(STRINGS.en, 'en') };
}

/** One word of a both-languages set, as the `{ nl, en }` label a chart table's column carries. */
export function labelInBothLangs<K extends string>(words: Record<Lang, Record<K, string>>, key: K): Record<Lang, string> {
  return { nl: words.nl[key], en: words.en[key] };
}
